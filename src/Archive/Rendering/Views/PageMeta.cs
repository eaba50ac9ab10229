namespace Archive.Rendering.Views;

/// <summary>What a page says about itself (<c>page</c> in templates): title, address, breadcrumbs, metadata.</summary>
public sealed record PageMeta
{
    public required string Title { get; init; }
    public string? Description { get; init; }
    public required string Url { get; init; }
    public required string CanonicalUrl { get; init; }

    /// <summary>The page kind (<c>home</c>, <c>article</c>, <c>date</c>, …), also a CSS hook on <c>&lt;body&gt;</c>.</summary>
    public required string Kind { get; init; }

    public required string Language { get; init; }
    public required IReadOnlyList<LinkView> Breadcrumbs { get; init; }

    /// <summary>The document title: page title and site title, or only the site title on the home page.</summary>
    public required string DocumentTitle { get; init; }

    /// <summary>Highwire, Dublin Core and OpenGraph tags, for Zotero, catalogues and link previews.</summary>
    public required IReadOnlyList<MetaTag> MetaTags { get; init; }

    /// <summary>schema.org description of the page as JSON-LD, serialised so it cannot close its script element.</summary>
    public required SafeHtml JsonLd { get; init; }

    /// <summary>The page's content in other formats (the feeds that follow it, its annotations), for <c>rel="alternate"</c> links.</summary>
    public IReadOnlyList<AlternateView> Alternates { get; init; } = [];

    /// <summary>On one page of a list split into pages, where it stands; the base layout names its neighbours in the head.</summary>
    public PagerView? Pager { get; init; }

    /// <summary>The "Cite" box of record pages.</summary>
    public CitationView? Citation { get; init; }

    /// <summary>When the record behind the page last changed (from git history).</summary>
    public DateView? LastUpdated { get; init; }

    /// <summary>Where an editor changes the record's file, and where its history is (when the site names a repository).</summary>
    public string? EditUrl { get; init; }

    public string? HistoryUrl { get; init; }

    /// <summary>What the search index records of this page; null for pages that are not indexed (indexes, dates, free pages).</summary>
    public SearchEntryView? Search { get; init; }

    /// <summary>The latest changes to the record's file from git, newest first (at most <see cref="Pages.PageContext.ChangesShown"/> of them).</summary>
    public IReadOnlyList<ChangeView> Changes { get; init; } = [];

    /// <summary>How many commits changed the record's file in all; more than <see cref="Changes"/> holds when the history is long.</summary>
    public int ChangeCount { get; init; }
}
