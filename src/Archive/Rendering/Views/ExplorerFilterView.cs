namespace Archive.Rendering.Views;

/// <summary>One filter of the offers explorer: its key in the address (<c>group</c>), its label, and its choices.</summary>
public sealed record ExplorerFilterView
{
    public required string Key { get; init; }
    public required string Label { get; init; }

    /// <summary>Each choice's key (what the rows carry) and label, in display order.</summary>
    public required IReadOnlyList<ExplorerChoiceView> Choices { get; init; }
}
