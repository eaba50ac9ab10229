using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Archive.Rendering.Html;

/// <summary>Parses a rendered HTML fragment into a container element that transforms can edit in place.</summary>
public static class HtmlFragment
{
    public static IElement Parse(HtmlParser parser, string html)
    {
        var document = parser.ParseDocument("<!DOCTYPE html><html><body><div></div></body></html>");
        var container = document.Body!.FirstElementChild!;
        container.InnerHtml = html;
        return container;
    }
}
