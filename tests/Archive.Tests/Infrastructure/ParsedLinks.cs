using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Archive.Checking;
using Archive.Rendering.Links;

namespace Archive.Tests.Infrastructure;

/// <summary>
/// Reads a finished page the way a browser does (AngleSharp) into the <see cref="PageLinks"/> that rendering collects
/// without parsing: the oracle the collected links are compared with, and a quick way to write checker tests as HTML.
/// </summary>
internal static class ParsedLinks
{
    private static readonly HtmlParser Parser = new();

    public static PageLinks Read(string html) => Read(Parser.ParseDocument(html));

    public static PageLinks Read(IDocument doc)
    {
        var links = new PageLinksBuilder();
        foreach (var element in doc.QuerySelectorAll("a[href], link[href], script[src], img[src]"))
        {
            var href = element.GetAttribute("href") ?? element.GetAttribute("src")!;
            if (element.LocalName == "a") links.PageLink(href);
            else links.ResourceLink(href);
        }
        foreach (var element in doc.QuerySelectorAll("[id]")) links.Id(element.Id!);
        links.H1Count = doc.QuerySelectorAll("h1").Length;
        links.Title(doc.Title ?? "");
        links.Language(doc.DocumentElement.GetAttribute("lang") ?? "");
        return links.ToLinks();
    }

    /// <summary>A link graph of files given as text: <c>.html</c> files are read as pages, the rest are plain files.</summary>
    public static LinkGraph Graph(IReadOnlyDictionary<string, string> files)
    {
        var graph = new LinkGraph();
        foreach (var (path, text) in files) graph.Add(path, path.EndsWith(".html", StringComparison.Ordinal) ? Read(text) : null);
        return graph;
    }
}
