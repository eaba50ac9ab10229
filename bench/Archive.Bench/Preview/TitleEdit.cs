namespace Archive.Bench.Preview;

/// <summary>A front-matter edit for the preview loop: a word appended to an article's <c>title:</c>.</summary>
internal static class TitleEdit
{
    /// <summary>
    /// <paramref name="text"/> with <paramref name="word"/> appended to the value of its first top-level <c>title:</c>
    /// line, inside the quotes when the value is quoted (as the corpus writes it).
    /// </summary>
    /// <exception cref="InvalidOperationException">The front matter has no <c>title:</c> line.</exception>
    public static string Append(string text, string word)
    {
        var lines = text.Split('\n');
        for (var i = 1; i < lines.Length && lines[i] != "---"; i++)
        {
            if (!lines[i].StartsWith("title:", StringComparison.Ordinal)) continue;
            var value = lines[i].TrimEnd();
            lines[i] = value.EndsWith('"') && value.Length > "title: \"".Length
                ? value[..^1] + " " + word + "\""
                : value + " " + word;
            return string.Join('\n', lines);
        }
        throw new InvalidOperationException("the front matter has no `title:` line");
    }
}
