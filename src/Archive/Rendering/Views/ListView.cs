namespace Archive.Rendering.Views;

/// <summary>An index page: an introduction and sections of links (all articles, all groups, a date page…).</summary>
public sealed record ListView
{
    public required string Title { get; init; }
    public string? Intro { get; init; }
    public required IReadOnlyList<SectionView> Sections { get; init; }

    /// <summary>Finer pages within this one (the months of a year page).</summary>
    public IReadOnlyList<LinkView> Children { get; init; } = [];

    public LinkView? Up { get; init; }
    public LinkView? Previous { get; init; }
    public LinkView? Next { get; init; }
    public required int Count { get; init; }
}
