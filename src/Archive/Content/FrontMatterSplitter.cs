using Archive.Diagnostics;

namespace Archive.Content;

/// <summary>Splits <c>---</c>-delimited YAML front matter from the Markdown body.</summary>
public static class FrontMatterSplitter
{
    /// <summary>Returns null (and reports why) when the file has no well-formed front-matter block.</summary>
    public static FrontMatter? Split(string text, string file, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterMissing, file, 1, 1, "the file is empty",
                "start the file with a front-matter block: a line `---`, the fields, and another line `---`");
            return null;
        }

        var lines = text.Split('\n');
        if (lines[0].TrimEnd() != "---")
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterMissing, file, 1, 1,
                "the file does not start with a front-matter block",
                "the first line must be `---`, followed by the YAML fields and a closing `---`");
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimEnd();
            if (trimmed is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = i + 1 < lines.Length ? string.Join('\n', lines[(i + 1)..]) : string.Empty;
                return new FrontMatter(yaml, 2, body, i + 2);
            }
        }

        diagnostics.Error(DiagnosticCodes.FrontMatterMissing, file, 1, 1,
            "the front-matter block opened on line 1 is never closed",
            "add a line `---` after the last field, before the text");
        return null;
    }
}
