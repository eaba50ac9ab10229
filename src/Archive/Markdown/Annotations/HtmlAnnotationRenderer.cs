using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Archive.Markdown.Annotations;

/// <summary>
/// Renders an <see cref="AnnotationInline"/> as HTML:
/// <list type="bullet">
/// <item><description>group: <c>&lt;a class="annotation annotation-group" href="/groups/ID/" data-group="ID"&gt;TEXT&lt;/a&gt;</c></description></item>
/// <item><description>offer: <c>&lt;a class="annotation annotation-offer" href="/offers/ID/" data-offer="ID"&gt;TEXT&lt;/a&gt;</c></description></item>
/// <item><description>note: <c>&lt;span class="annotated"&gt;TEXT&lt;/span&gt;&lt;span class="sidenote" role="note"&gt;&lt;span class="sidenote-label"&gt;Editor’s note:&lt;/span&gt; NOTE&lt;/span&gt;</c></description></item>
/// </list>
/// When inline HTML is disabled (plain-text rendering) only TEXT is written.
/// </summary>
/// <remarks>
/// URLs are root-relative on purpose; a later pass prefixes the site's base path.
/// The sidenote is a sibling of the annotated span, not a child, so the theme's CSS can float it
/// into the margin or show it inline without any JavaScript.
/// </remarks>
public sealed class HtmlAnnotationRenderer : HtmlObjectRenderer<AnnotationInline>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, AnnotationInline obj)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteChildren(obj);
            return;
        }

        switch (obj.Kind)
        {
            case AnnotationKind.Group:
                WriteRecordLink(renderer, obj, "group", "/groups/");
                break;
            case AnnotationKind.Offer:
                WriteRecordLink(renderer, obj, "offer", "/offers/");
                break;
            case AnnotationKind.Note:
                renderer.Write("<span class=\"annotated\">");
                renderer.WriteChildren(obj);
                renderer.Write("</span><span class=\"sidenote\" role=\"note\"><span class=\"sidenote-label\">Editor’s note:</span> ");
                renderer.WriteEscape(obj.Value);
                renderer.Write("</span>");
                break;
            default:
                throw new InvalidOperationException($"Unknown annotation kind {obj.Kind}.");
        }
    }

    private static void WriteRecordLink(HtmlRenderer renderer, AnnotationInline obj, string kind, string basePath)
    {
        // Parsed ids are already URL- and HTML-safe; escaping guards annotations built in code.
        renderer.Write("<a class=\"annotation annotation-").Write(kind).Write("\" href=\"").Write(basePath);
        renderer.WriteEscapeUrl(obj.Value).Write("/\" data-").Write(kind).Write("=\"").WriteEscape(obj.Value).Write("\">");
        renderer.WriteChildren(obj);
        renderer.Write("</a>");
    }
}
