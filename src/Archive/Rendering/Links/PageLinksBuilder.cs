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

    /// <summary>
    /// What the page holds, kept until every page is checked. The same addresses and ids stand on thousands of pages
    /// (menus, groups, dates, note anchors), each made as a new string by its own render: shared through the runtime's
    /// intern pool, the link graph of a 100,000-article site holds each once instead of once per page.
    /// </summary>
    public PageLinks ToLinks() =>
        new([.. _pageHrefs.Select(string.Intern)], [.. _resourceHrefs.Select(string.Intern)], [.. _ids.Select(string.Intern)], H1Count, HasTitle, HasLanguage);
}
