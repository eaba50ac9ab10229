using Archive.Markdown.Annotations;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Archive.Markdown;

/// <summary>
/// The one Markdig pipeline of a build: created once, frozen, shared by every stage and thread.
/// It is an instance (not a static) so tests and builds never share hidden state.
/// </summary>
public sealed class ArchiveMarkdown
{
    public ArchiveMarkdown()
    {
        Pipeline = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UseFootnotes()
            .UsePipeTables()
            .UseGridTables()
            .UseAutoLinks()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseDefinitionLists()
            .UseAnnotations()
            .Build();
    }

    public MarkdownPipeline Pipeline { get; }

    public MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    /// <summary>The text a reader sees, without markup: what editors' quotes are checked against.</summary>
    public string ToPlainText(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer)
        {
            EnableHtmlForBlock = false,
            EnableHtmlForInline = false,
            EnableHtmlEscape = false,
        };
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}
