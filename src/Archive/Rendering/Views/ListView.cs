namespace Archive.Rendering.Views;

/// <summary>An index page: an introduction and sections of links (all articles, all groups, a date page…).</summary>
public sealed record ListView
{
    public required string Title { get; init; }
    public string? Intro { get; init; }
    public required IReadOnlyList<SectionView> Sections { get; init; }

    /// <summary>Finer pages within this one (the months of a year page).</summary>
    public IReadOnlyList<LinkView> Children { get; init; } = [];

    /// <summary>The rest of the sections on pages of their own, when this page shows only the first of them; else null.</summary>
    public LinkView? MoreSections { get; init; }

    public LinkView? Up { get; init; }
    public LinkView? Previous { get; init; }
    public LinkView? Next { get; init; }
    public required int Count { get; init; }

    /// <summary>A drawing made at build time (the timeline, the groups' network), or empty; safe SVG.</summary>
    public SafeHtml Figure { get; init; } = SafeHtml.Empty;

    /// <summary>The drawing's id on the page and its caption, which says where its text alternative is.</summary>
    public string? FigureAnchor { get; init; }

    public string? FigureCaption { get; init; }

    /// <summary>The drawing's content as a list (the network's ties), for screen readers and readers without images; safe HTML.</summary>
    public SafeHtml FigureText { get; init; } = SafeHtml.Empty;

    /// <summary>The heading of <see cref="FigureText"/>.</summary>
    public string? FigureTextTitle { get; init; }

    /// <summary>The rest of <see cref="FigureText"/> on pages of its own, when this page lists only the first page of it; else null.</summary>
    public LinkView? FigureTextAll { get; init; }
}
