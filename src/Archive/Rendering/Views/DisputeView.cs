namespace Archive.Rendering.Views;

/// <summary>A point on which sources disagree.</summary>
public sealed record DisputeView
{
    public required string About { get; init; }
    public required string Note { get; init; }
}
