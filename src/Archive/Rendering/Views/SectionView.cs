namespace Archive.Rendering.Views;

/// <summary>A titled list of links, e.g. the groups of one kind or the entries of one year.</summary>
public sealed record SectionView
{
    public required string Title { get; init; }

    /// <summary>The section's id on its page, if it has one.</summary>
    public string? Anchor { get; init; }

    public required IReadOnlyList<LinkView> Items { get; init; }

    /// <summary>A page the title links to (the year's date page, the kind's section of the groups index).</summary>
    public string? Url { get; init; }

    /// <summary>The whole list on pages of its own, when the section shows only its first page; else null.</summary>
    public LinkView? All { get; init; }
}
