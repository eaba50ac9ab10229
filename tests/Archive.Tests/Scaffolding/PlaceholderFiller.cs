using System.Text.RegularExpressions;

namespace Archive.Tests.Scaffolding;

/// <summary>
/// Replaces each quoted <c>"&lt;&lt;…&gt;&gt;"</c> placeholder of a scaffold with a value chosen by the field it belongs
/// to (the key on its line, or for list items the last key above), as an editor would.
/// </summary>
internal static partial class PlaceholderFiller
{
    [GeneratedRegex("\"<<[^\"]*>>\"")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^\s*(?:-\s+)?([a-z_]+):")]
    private static partial Regex Key();

    public static string Fill(string text, IReadOnlyDictionary<string, string> valuesByKey, string? body = null)
    {
        var lines = text.Split('\n');
        string? lastKey = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith('#')) continue;
            var key = Key().Match(line) is { Success: true } m ? m.Groups[1].Value : lastKey;
            if (Key().IsMatch(line)) lastKey = key;
            if (Placeholder().IsMatch(line))
            {
                if (key is null || !valuesByKey.TryGetValue(key, out var value)) throw new InvalidOperationException($"no value for `{key}` in line {i + 1}: {line}");
                lines[i] = Placeholder().Replace(line, value.Replace("$", "$$", StringComparison.Ordinal));
            }
            else if (body is not null && line.StartsWith("<!--", StringComparison.Ordinal))
            {
                lines[i] = body;
            }
        }
        return string.Join('\n', lines);
    }

    /// <summary>1-based line numbers holding a placeholder, with the field each belongs to.</summary>
    public static IReadOnlyList<(int Line, string Key)> Find(string text)
    {
        var result = new List<(int, string)>();
        string? lastKey = null;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimStart().StartsWith('#')) continue;
            var match = Key().Match(lines[i]);
            var key = match.Success ? match.Groups[1].Value : lastKey;
            if (match.Success) lastKey = key;
            if (Placeholder().IsMatch(lines[i])) result.Add((i + 1, key!));
        }
        return result;
    }
}
