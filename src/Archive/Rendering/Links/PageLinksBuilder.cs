namespace Archive.Rendering.Links;

/// <summary>Collects a <see cref="PageLinks"/> while a page or a body is produced; one per page, never shared between threads.</summary>
public sealed class PageLinksBuilder
{
    private readonly List<string> _pageHrefs = [];
    private readonly List<string> _resourceHrefs = [];
    private readonly List<string> _ids = [];
    private readonly HashSet<string> _seenPage = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenResource = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenId = new(StringComparer.Ordinal);
    private bool _titleSeen;

    public int H1Count { get; set; }

    public bool HasTitle { get; private set; }

    public bool HasLanguage { get; private set; }

    public void PageLink(string href)
    {
        if (_seenPage.Add(href)) _pageHrefs.Add(href);
    }

    public void ResourceLink(string href)
    {
        if (_seenResource.Add(href)) _resourceHrefs.Add(href);
    }

    public void Id(string id)
    {
        if (_seenId.Add(id)) _ids.Add(id);
    }

    /// <summary>
    /// What one element of a finished tree (a body's, a drawing's) adds: its id, the page an <c>&lt;a&gt;</c> links to,
    /// the resource an <c>&lt;img&gt;</c>, SVG <c>&lt;image&gt;</c>, <c>&lt;script&gt;</c> or <c>&lt;link&gt;</c> loads,
    /// and whether it is an <c>&lt;h1&gt;</c>. One rule for every kind of tree, each read through its own attributes.
    /// </summary>
    public void Element(string localName, Func<string, string?> attribute)
    {
        if (attribute("id") is { } id) Id(id);
        switch (localName)
        {
            case "a" when attribute("href") is { } href:
                PageLink(href);
                break;
            case "img" or "image" or "script" when attribute("src") is { } src:
                ResourceLink(src);
                break;
            case "link" when attribute("href") is { } href:
                ResourceLink(href);
                break;
            case "h1":
                H1Count++;
                break;
        }
    }

    /// <summary>The text of a <c>&lt;title&gt;</c>; as in a browser, only the document's first one counts.</summary>
    public void Title(string text)
    {
        if (_titleSeen) return;
        _titleSeen = true;
        HasTitle = !string.IsNullOrWhiteSpace(text);
    }

    /// <summary>The <c>lang</c> of the <c>&lt;html&gt;</c> element.</summary>
    public void Language(string value) => HasLanguage |= !string.IsNullOrWhiteSpace(value);

    /// <summary>Adds what a fragment printed into this page holds.</summary>
    public void Add(PageLinks links)
    {
        foreach (var href in links.PageHrefs) PageLink(href);
        foreach (var href in links.ResourceHrefs) ResourceLink(href);
        foreach (var id in links.Ids) Id(id);
        H1Count += links.H1Count;
    }

    /// <summary>What a fragment holds, to be added to the page it is printed into.</summary>
    public PageLinks ToLinks() => new([.. _pageHrefs], [.. _resourceHrefs], [.. _ids], H1Count, HasTitle, HasLanguage);

    /// <summary>What the page holds, kept until every page is checked: each value shared through the build's pool.</summary>
    public PageLinks ToLinks(StringPool pool) =>
        new([.. _pageHrefs.Select(pool.Share)], [.. _resourceHrefs.Select(pool.Share)], [.. _ids.Select(pool.Share)], H1Count, HasTitle, HasLanguage);
}
