namespace Archive.Rendering.Views;

/// <summary>An index page: an introduction and sections of links (all articles, all groups, a date page…).</summary>
public sealed record ListView(string Title, string? Intro, IReadOnlyList<SectionView> Sections, IReadOnlyList<LinkView> Children,
    LinkView? Up, LinkView? Previous, LinkView? Next, int Count);
