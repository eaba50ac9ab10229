using Archive.Markdown;
using Archive.Markdown.Annotations;
using Markdig.Syntax;

namespace Archive.Content;

/// <summary>
/// The Markdown part of a file. <see cref="FirstLine"/> is the file line the body starts on, so a Markdig line
/// (0-based within the body) maps to file line <c>FirstLine + line</c>.
/// The site keeps the text, its plain text and its inline annotations, not Markdig's tree: a tree is many times the
/// size of its text, and the trees of a 100,000-article archive held together outgrow the machine. Whoever needs the
/// tree (rendering, the external link check) gets a fresh parse with the pipeline that parsed the text once at load,
/// so it cannot fail where the first parse succeeded.
/// </summary>
public sealed record MarkdownBody(string Markdown, int FirstLine, string PlainText, IReadOnlyList<BodyAnnotation> Annotations, ArchiveMarkdown Parser)
{
    /// <summary>The body from a tree already parsed (at load): keeps what the site needs of it and lets the tree go.</summary>
    public static MarkdownBody From(string markdown, int firstLine, MarkdownDocument document, string plainText, ArchiveMarkdown parser) =>
        new(markdown, firstLine, plainText,
            AnnotationWalker.FindAll(document).Select(a => new BodyAnnotation(a.Kind, a.Value, a.Line, a.Column)).ToList(), parser);

    /// <summary>Markdig's tree of the text, parsed again on every read (see the type's summary).</summary>
    public MarkdownDocument Document => Parser.Parse(Markdown);

    public int FileLine(int markdigLine) => FirstLine + markdigLine;
}

/// <summary>An inline annotation of a body (<c>[words]{group=id}</c>), where it stands: Markdig's 0-based line and column.</summary>
public sealed record BodyAnnotation(AnnotationKind Kind, string Value, int Line, int Column);
