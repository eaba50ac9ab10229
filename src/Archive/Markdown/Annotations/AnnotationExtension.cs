using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Archive.Markdown.Annotations;

/// <summary>
/// Adds <c>[text]{group=id}</c>, <c>[text]{offer=id}</c> and <c>[text]{note="…"}</c> annotations.
/// Safe to register more than once. Do not combine with Markdig's generic attributes, which also claim <c>{…}</c>.
/// </summary>
public sealed class AnnotationExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (pipeline.InlineParsers.Contains<AnnotationInlineParser>())
        {
            return;
        }

        // Must see ']' before LinkInlineParser, which would otherwise turn the open '[' into literal text.
        if (!pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new AnnotationInlineParser()))
        {
            pipeline.InlineParsers.Add(new AnnotationInlineParser());
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        // Renderers are chosen by object type and nothing else accepts AnnotationInline, so position is irrelevant.
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlAnnotationRenderer>())
        {
            html.ObjectRenderers.Add(new HtmlAnnotationRenderer());
        }
    }
}
