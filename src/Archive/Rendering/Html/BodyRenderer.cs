using Archive.Content;
using Archive.Linking;
using Archive.Markdown;
using Archive.Rendering.Links;
using AngleSharp.Dom;

namespace Archive.Rendering.Html;

/// <summary>
/// Renders a Markdown body to sanitized HTML (<see cref="BodySanitizer"/>) and runs the HTML transforms over it
/// (heading anchors, quote marks, mention links). The transforms run after sanitizing and build their elements
/// through the DOM, so the archive's own markup never passes the allowlist meant for editors' raw HTML.
/// One instance per build; safe to use from many threads because each call parses its own DOM.
/// </summary>
public sealed class BodyRenderer
{
    private readonly BodySanitizer _sanitizer;
    private readonly BuilderPool _builders = new(8 * 1024);

    public BodyRenderer(ArchiveMarkdown markdown) => _sanitizer = new BodySanitizer(markdown);

    /// <param name="mentions">When given, group names in the text link to their pages.</param>
    /// <param name="passages">The quoted passages to mark, each once however many records quote it.</param>
    public string Render(MarkdownBody body, IEnumerable<PassageMark>? passages = null, MentionIndex? mentions = null) =>
        RenderSafe(body, passages, mentions).Html;

    /// <summary>The body as safe HTML carrying its links, ids and headings, for the page it is printed into.</summary>
    public SafeHtml RenderSafe(MarkdownBody body, IEnumerable<PassageMark>? passages = null, MentionIndex? mentions = null)
    {
        // A body whose raw HTML nests too deeply was reported while loading and never reaches a page of a published site.
        if (_sanitizer.Sanitize(body.Document).Root is not { } root) return SafeHtml.Empty;
        HeadingAnchors.Apply(root);
        var quotes = new QuoteMarker(root);
        foreach (var passage in passages ?? [])
        {
            quotes.Mark(passage);
        }
        if (mentions is not null) MentionLinker.Apply(root, mentions);
        SidenotePlacement.Apply(root);
        var builder = _builders.Rent();
        try
        {
            return new SafeHtml(new BodyHtmlFormatter().InnerHtml(root, builder)) { Links = LinksOf(root) };
        }
        finally
        {
            _builders.Return(builder);
        }
    }

    /// <summary>What the finished body links to and defines, read off its tree before it becomes text.</summary>
    private static PageLinks LinksOf(IElement root)
    {
        var links = new PageLinksBuilder();
        foreach (var element in TreeWalk.Descendants<IElement>(root))
        {
            links.Element(element.LocalName, element.GetAttribute);
        }
        return links.ToLinks();
    }
}
