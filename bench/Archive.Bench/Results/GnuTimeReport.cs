using System.Globalization;

namespace Archive.Bench.Results;

/// <summary>The fields of GNU <c>time -v</c> output the benchmark uses.</summary>
internal sealed record GnuTimeReport(double WallSeconds, double UserSeconds, double SystemSeconds, long MaxRssKb, int ExitStatus, int? Signal)
{
    public static GnuTimeReport Parse(string text)
    {
        double wall = 0, user = 0, sys = 0;
        long rss = 0;
        var exit = -1;
        int? signal = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("Command terminated by signal ", StringComparison.Ordinal))
            {
                signal = int.Parse(line["Command terminated by signal ".Length..], CultureInfo.InvariantCulture);
                continue;
            }
            var colon = line.LastIndexOf(": ", StringComparison.Ordinal);
            if (colon < 0) continue;
            var key = line[..colon];
            var value = line[(colon + 2)..].Trim();
            switch (key)
            {
                case "Elapsed (wall clock) time (h:mm:ss or m:ss)": wall = Clock(value); break;
                case "User time (seconds)": user = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "System time (seconds)": sys = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "Maximum resident set size (kbytes)": rss = long.Parse(value, CultureInfo.InvariantCulture); break;
                case "Exit status": exit = int.Parse(value, CultureInfo.InvariantCulture); break;
            }
        }
        if (exit < 0) throw new FormatException("not GNU time -v output (no \"Exit status\" line)");
        return new GnuTimeReport(wall, user, sys, rss, exit, signal);
    }

    /// <summary><c>m:ss.cc</c> or <c>h:mm:ss</c>.</summary>
    private static double Clock(string value)
    {
        var parts = value.Split(':');
        var seconds = 0.0;
        foreach (var p in parts) seconds = seconds * 60 + double.Parse(p, CultureInfo.InvariantCulture);
        return seconds;
    }
}
