using Markdig.Syntax;

namespace Archive.Content;

/// <summary>
/// The Markdown part of a file, parsed once. <see cref="FirstLine"/> is the file line the body starts on,
/// so a Markdig line (0-based within the body) maps to file line <c>FirstLine + line</c>.
/// </summary>
public sealed record MarkdownBody(string Markdown, int FirstLine, MarkdownDocument Document, string PlainText)
{
    public int FileLine(int markdigLine) => FirstLine + markdigLine;
}
