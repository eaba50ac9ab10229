namespace Archive.Diagnostics;

/// <summary>Finds what an editor probably meant: the closest known names to a misspelt one.</summary>
public static class Suggestions
{
    /// <summary>Up to <paramref name="max"/> candidates close to <paramref name="wanted"/>, closest first.</summary>
    public static IReadOnlyList<string> Closest(string wanted, IEnumerable<string> candidates, int max = 3)
    {
        var limit = Math.Max(2, wanted.Length / 3);
        return candidates
            .Select(c => (Candidate: c, Distance: Distance(wanted, c)))
            .Where(x => x.Distance <= limit || x.Candidate.Contains(wanted, StringComparison.OrdinalIgnoreCase)
                        || (wanted.Length >= 3 && wanted.Contains(x.Candidate, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.Candidate)
            .ToList();
    }

    /// <summary>"did you mean `a`, `b`?" or null when nothing is close.</summary>
    public static string? DidYouMean(string wanted, IEnumerable<string> candidates)
    {
        var closest = Closest(wanted, candidates);
        return closest.Count == 0 ? null : "did you mean " + string.Join(" or ", closest.Select(c => $"`{c}`")) + "?";
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
