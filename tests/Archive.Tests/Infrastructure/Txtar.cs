using System.Text;

namespace Archive.Tests.Infrastructure;

/// <summary>
/// Reads a whole fixture site written as one string: each file starts with a line <c>-- path --</c>
/// and runs to the next such line (the txtar format Go and Hugo tests use).
/// </summary>
internal static class Txtar
{
    public static Dictionary<string, string> Parse(string archive)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var content = new StringBuilder();
        foreach (var line in archive.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (current is not null) files[current] = content.ToString();
                current = line[3..^3].Trim();
                content.Clear();
                continue;
            }
            if (current is not null) content.Append(line).Append('\n');
        }
        if (current is not null) files[current] = content.ToString().TrimEnd('\n') + "\n";
        return files;
    }
}
