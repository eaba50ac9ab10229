namespace Archive.Rendering.Views;

/// <summary>A relation between groups as a sentence: "Splinter of" + group, with since and note.</summary>
public sealed record RelationView
{
    public required string Label { get; init; }
    public required LinkView Group { get; init; }

    /// <summary>The other group with how firmly the relation is supported (its <c>link</c> is <see cref="Group"/>).</summary>
    public required TieView Tie { get; init; }

    public DateView? Since { get; init; }
    public string? Note { get; init; }
}
