namespace Archive.Rendering.Views;

/// <summary>What a page says about itself: title, description, address, breadcrumbs.</summary>
/// <param name="Kind">The layout name, also used as a CSS hook on <c>&lt;body&gt;</c>.</param>
public sealed record PageMeta(
    string Title,
    string? Description,
    string Url,
    string CanonicalUrl,
    string Kind,
    string Language,
    IReadOnlyList<LinkView> Breadcrumbs)
{
    /// <summary>The document title: page title and site title, or only the site title on the home page.</summary>
    public string? DocumentTitle { get; init; }

    /// <summary>Highwire, Dublin Core and OpenGraph tags, for Zotero, catalogues and link previews.</summary>
    public IReadOnlyList<MetaTag> MetaTags { get; init; } = [];

    /// <summary>schema.org description of the page as JSON-LD (already serialised and safe inside a script element).</summary>
    public string? JsonLd { get; init; }

    /// <summary>The "Cite" box of record pages.</summary>
    public CitationView? Citation { get; init; }

    /// <summary>When the record behind the page last changed (from git history).</summary>
    public DateView? LastUpdated { get; init; }

    /// <summary>Where an editor changes the record's file, and where its history is (when the site names a repository).</summary>
    public string? EditUrl { get; init; }

    public string? HistoryUrl { get; init; }
}
