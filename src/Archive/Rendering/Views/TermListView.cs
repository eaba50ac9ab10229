namespace Archive.Rendering.Views;

/// <summary>The vocabulary (<c>/terms/</c>): every term in hierarchy order with its counts.</summary>
public sealed record TermListView
{
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required IReadOnlyList<TermRow> Terms { get; init; }
}
