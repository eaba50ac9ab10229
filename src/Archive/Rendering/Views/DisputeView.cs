namespace Archive.Rendering.Views;

/// <summary>A point on which sources disagree.</summary>
public sealed record DisputeView(string About, string Note);
