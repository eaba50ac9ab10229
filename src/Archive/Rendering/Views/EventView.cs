namespace Archive.Rendering.Views;

/// <summary>A dated step of an offer, anchored as <c>#event-N</c>.</summary>
public sealed record EventView
{
    public required string Anchor { get; init; }
    public required DateView Date { get; init; }
    public required string What { get; init; }
    public LinkView? Source { get; init; }
}
