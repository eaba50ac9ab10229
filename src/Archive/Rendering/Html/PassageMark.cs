namespace Archive.Rendering.Html;

/// <summary>
/// One passage to mark in an article's text, however many records quote it: the words, every id that must lead to it
/// (the first is the mark's own id, the others empty anchors at its start), the editors' notes shown beside it and
/// one citation per record that quotes it.
/// </summary>
public sealed record PassageMark(string Quote, IReadOnlyList<string> Ids)
{
    public IReadOnlyList<string> Notes { get; init; } = [];

    public IReadOnlyList<PassageCitation> Citations { get; init; } = [];

    /// <summary>The passage is one side of a dispute between sources (a CSS hook: <c>quote-dispute</c>).</summary>
    public bool IsDisputePosition { get; init; }
}
