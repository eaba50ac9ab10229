using AngleSharp.Html.Parser;
using Archive.Content;
using Archive.Linking;
using Archive.Markdown;
using Markdig.Renderers;

namespace Archive.Rendering.Html;

/// <summary>
/// Renders a Markdown body to HTML and runs the HTML transforms over it (heading anchors, quote marks).
/// One instance per build; safe to use from many threads because each call parses its own DOM.
/// </summary>
public sealed class BodyRenderer
{
    private readonly ArchiveMarkdown _markdown;

    public BodyRenderer(ArchiveMarkdown markdown) => _markdown = markdown;

    /// <param name="mentions">When given, group names in the text link to their pages.</param>
    public string Render(MarkdownBody body, IEnumerable<CitedQuote>? quotes = null, MentionIndex? mentions = null)
    {
        var html = ToHtml(body);
        var parser = new HtmlParser();
        var root = HtmlFragment.Parse(parser, html);
        HtmlSafety.Sanitize(root);
        HeadingAnchors.Apply(root);
        foreach (var quote in quotes ?? [])
        {
            QuoteMarker.Mark(root, quote);
        }
        if (mentions is not null) MentionLinker.Apply(root, mentions);
        SidenotePlacement.Apply(root);
        return root.InnerHtml;
    }

    private string ToHtml(MarkdownBody body)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _markdown.Pipeline.Setup(renderer);
        renderer.Render(body.Document);
        writer.Flush();
        return writer.ToString();
    }
}
