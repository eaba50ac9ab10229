using Archive.Diagnostics;
using Archive.Markdown;
using Markdig.Syntax;

namespace Archive.Content;

/// <summary>
/// Parses a body within Markdig's nesting limit. Markdig refuses text nested deeper than it can parse safely
/// (a pasted line of 200 <c>&gt;</c>, <c>-</c>, <c>[</c> or <c>*</c>) with an exception that names no line; this turns it
/// into an error on the line where the nesting begins.
/// </summary>
internal static class MarkdownLimits
{
    /// <summary>The parsed body and its plain text (rendering has the same limit as parsing), or null after reporting.</summary>
    public static (MarkdownDocument Document, string PlainText)? Parse(ArchiveMarkdown markdown, string body, string file, int firstLine, DiagnosticBag diagnostics)
    {
        if (TryParse(markdown, body) is { } parsed) return parsed;

        var lines = body.Split('\n');
        var failing = FirstFailingLine(markdown, lines);
        var start = failing;
        while (start > 0 && lines[start - 1].Trim().Length > 0) start--;
        var where = start == failing ? "" : $" (the passage starts on line {firstLine + start} and goes too deep on line {firstLine + failing})";
        diagnostics.Error(DiagnosticCodes.NestedTooDeeply, file, firstLine + start, 1,
            $"the text is nested too deeply to be read{where}: lists, quotes, brackets or emphasis inside each other more than a hundred levels",
            "a long run of `>`, `-`, `[` or `*` is probably pasted by mistake; remove it or write the characters as \\> \\- \\[ \\*");
        return null;
    }

    private static (MarkdownDocument, string)? TryParse(ArchiveMarkdown markdown, string text)
    {
        try
        {
            var document = markdown.Parse(text);
            return (document, markdown.ToPlainText(document));
        }
        catch (ArgumentException)
        {
            // Markdig's depth limit; the only ArgumentException its parser throws for input text.
            return null;
        }
    }

    /// <summary>The 0-based line whose inclusion first makes the text unparseable, found by halving.</summary>
    private static int FirstFailingLine(ArchiveMarkdown markdown, string[] lines)
    {
        var (good, bad) = (0, lines.Length);
        while (bad - good > 1)
        {
            var middle = (good + bad) / 2;
            if (TryParse(markdown, string.Join('\n', lines, 0, middle)) is null) bad = middle;
            else good = middle;
        }
        return bad - 1;
    }
}
