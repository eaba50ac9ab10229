namespace Archive.Content;

/// <summary>
/// A term of the archive's controlled vocabulary (a codebook entry): what an offer demands or offers, or what an
/// article is about. Terms form a hierarchy through <see cref="Broader"/>; the body is the scope note.
/// </summary>
public sealed record Term
{
    public required string Id { get; init; }
    public required string File { get; init; }

    /// <summary>The preferred label, e.g. "Withdrawal timetable".</summary>
    public required string Label { get; init; }

    /// <summary>Where the label is written, for a problem with it (two terms with one label).</summary>
    public required SourceSpan LabelAt { get; init; }

    /// <summary>One sentence: what an offer must say to carry this term.</summary>
    public required string Definition { get; init; }

    /// <summary>The broader term, e.g. <c>withdrawal</c> for <c>withdrawal-timetable</c>; null for a top term.</summary>
    public Ref? Broader { get; init; }

    /// <summary>The scope note: when to use the term, and when not.</summary>
    public required MarkdownBody Body { get; init; }
}
