namespace Archive.Tests.Infrastructure;

/// <summary>Small edits of fixture files that fail loudly when the text they change is not there.</summary>
internal static class FixtureEdit
{
    /// <summary>Replaces the one occurrence of <paramref name="old"/> in the file.</summary>
    public static void Replace(this Dictionary<string, string> files, string path, string old, string replacement)
    {
        var text = files[path];
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"`{old}` is not in {path}");
        Assert.True(text.IndexOf(old, at + 1, StringComparison.Ordinal) < 0, $"`{old}` occurs more than once in {path}");
        files[path] = text[..at] + replacement + text[(at + old.Length)..];
    }

    /// <summary>Inserts lines into the front matter, just before its closing <c>---</c>.</summary>
    public static void AddFields(this Dictionary<string, string> files, string path, string lines)
    {
        var text = files[path];
        var close = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        Assert.True(close > 0, $"{path} has no front matter");
        files[path] = text[..(close + 1)] + lines.TrimEnd('\n') + "\n" + text[(close + 1)..];
    }
}
