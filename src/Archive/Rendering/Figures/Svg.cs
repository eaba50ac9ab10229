using System.Globalization;
using System.Xml.Linq;

namespace Archive.Rendering.Figures;

/// <summary>
/// Small helpers for drawings made at build time with <see cref="System.Xml.Linq"/>: every text is escaped by the XML
/// writer, every number is written in the invariant culture, and the markup is the same bytes for the same input.
/// </summary>
internal static class Svg
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    /// <summary>An element; text in it is cleaned of what XML cannot carry (a title pasted with a control character).</summary>
    public static XElement El(string name, params object?[] content) =>
        new(Ns + name, content.Where(c => c is not null).Select(c => c is string text ? XmlText.Clean(text) : c));

    public static XAttribute At(string name, string value) => new(name, XmlText.Clean(value));

    public static XAttribute At(string name, double value) => new(name, Num(value));

    public static string Num(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A link around a mark, with its accessible name in a <c>&lt;title&gt;</c> (also the tooltip).</summary>
    public static XElement Link(string href, string title, params object?[] content) =>
        El("a", At("href", href), El("title", title), content);

    /// <summary>The markup to print inside a page (no XML declaration, no added whitespace).</summary>
    public static SafeHtml ToHtml(XElement svg) => new(svg.ToString(SaveOptions.DisableFormatting | SaveOptions.OmitDuplicateNamespaces)) { Links = LinksOf(svg) };

    /// <summary>The links and ids in drawings, read off their trees (the page's link check reads these, not the markup).</summary>
    public static Links.PageLinks LinksOf(params XElement[] roots)
    {
        var links = new Links.PageLinksBuilder();
        foreach (var element in roots.SelectMany(r => r.DescendantsAndSelf()))
        {
            links.Element(element.Name.LocalName, name => element.Attribute(name)?.Value);
        }
        return links.ToLinks();
    }

    /// <summary>Two pieces of markup printed one after the other, with the links of both.</summary>
    public static SafeHtml Concat(SafeHtml first, SafeHtml second)
    {
        var links = new Links.PageLinksBuilder();
        if (first.Links is { } a) links.Add(a);
        if (second.Links is { } b) links.Add(b);
        return new SafeHtml(first.Html + second.Html) { Links = links.ToLinks() };
    }
}
