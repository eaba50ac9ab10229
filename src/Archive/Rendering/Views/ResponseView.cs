namespace Archive.Rendering.Views;

/// <summary>An addressee's answer to an offer, anchored as <c>#response-N</c>.</summary>
public sealed record ResponseView
{
    public required string Anchor { get; init; }
    public required LinkView By { get; init; }
    public DateView? Date { get; init; }

    /// <summary>The stance in words ("No response"); <see cref="StanceKey"/> is its code, a CSS hook.</summary>
    public required string Stance { get; init; }

    public required string StanceKey { get; init; }
    public LinkView? Source { get; init; }
}
