using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary>
/// One of a record page's lists that grows with the archive (a group's articles, a term's offers…). The record page
/// shows its first page; when it is longer, it links to the whole list, split into pages at
/// <c>&lt;record&gt;/&lt;name&gt;/</c>, <c>&lt;record&gt;/&lt;name&gt;/page/2/</c>….
/// </summary>
/// <param name="Name">The list's section id on the record page, also its address under the record's.</param>
/// <param name="Heading">The list's title on its own pages ("Articles about Kataib Hezbollah").</param>
/// <param name="Noun">What it counts, singular and plural, for "All 340 articles".</param>
/// <param name="Items">The links of one page of the list, in the list's order; only that page's items are made.</param>
public sealed record RecordList(string Name, string Heading, int Count, (string One, string Many) Noun,
    Func<PageContext, ListPage, IReadOnlyList<LinkView>> Items)
{
    /// <summary>Where the whole list is, when not at <c>&lt;record&gt;/&lt;name&gt;/</c> (the groups index's lists).</summary>
    public string? Address { get; init; }

    /// <summary>The introduction of the list's own pages, when not "N articles in all; X’s page shows the first …".</summary>
    public string? Intro { get; init; }

    /// <summary>The address of the whole list's first page.</summary>
    public string Url(string recordUrl) => Address ?? Linking.Urls.RecordList(recordUrl, Name);

    /// <summary>The list's first page, as the record page shows it.</summary>
    public ListPage First(string recordUrl, int pageSize) => new(Url(recordUrl), 1, pageSize, Count);

    /// <summary>Whether the list is longer than the record page shows, so it has pages of its own.</summary>
    public bool IsLong(int pageSize) => Count > pageSize;

    /// <summary>The link from the record page to the whole list, or null when the record page shows all of it.</summary>
    public LinkView? AllLink(string recordUrl, int pageSize) =>
        IsLong(pageSize) ? new LinkView($"All {Labels.Plural(Count, Noun.One, Noun.Many)}", Url(recordUrl)) : null;
}

/// <summary><c>/groups/&lt;id&gt;/articles/</c> and the like: the whole of a record's long list, a page at a time.</summary>
public static class RecordListPage
{
    public static PageModel Build(PageContext c, LinkView record, LinkView[] crumbs, RecordList list, ListPage page)
    {
        var items = list.Items(c, page);
        var pager = page.Pager();
        var view = new ListView
        {
            Title = page.Title(list.Heading),
            Intro = list.Intro ?? $"{Labels.Plural(list.Count, list.Noun.One, list.Noun.Many)} in all; {record.Text}’s page shows the first {Labels.Plural(Math.Min(page.Size, list.Count), list.Noun.One, list.Noun.Many)}.",
            Sections = [new SectionView
            {
                Title = pager is null ? list.Heading
                    : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{char.ToUpperInvariant(list.Noun.Many[0])}{list.Noun.Many[1..]} {pager.FirstItem}–{pager.LastItem} of {list.Count}"),
                Anchor = list.Name,
                Items = items,
            }],
            Up = record,
            Count = list.Count,
        };
        return page.On(c.Model(view.Title, view.Intro, page.Url, "record-list", view, [.. crumbs, record]));
    }
}
