using Archive.Content;

namespace Archive.Linking;

/// <summary>
/// A passage of an article that some record quotes: an offer's source quote, an editor's note, the evidence of a claim
/// or one side of a dispute. <see cref="AnchorId"/> is derived from the citing record (and for claims, the field and
/// group) so it stays the same from build to build, and is unique within its article.
/// </summary>
/// <param name="CitedByKind">The kind of record that quotes it: offer or group; note for an article's own note.</param>
/// <param name="CitedByUrl">The citing record's page, or null for an article's own note.</param>
public sealed record CitedQuote(string ArticleId, string Quote, string AnchorId, CitedByKind CitedByKind, string CitedById,
    string CitedByTitle, string? CitedByUrl, string? Note)
{
    /// <summary>What the passage is evidence for.</summary>
    public QuoteRole Role { get; init; } = CitedByKind == CitedByKind.Note ? QuoteRole.Note : QuoteRole.Source;

    /// <summary>For <see cref="QuoteRole.Claim"/>: the claim whose evidence this is.</summary>
    public Claim? Claim { get; init; }

    /// <summary>For <see cref="QuoteRole.Claim"/>: the field the claim is written in (<c>by</c>, <c>to</c>, <c>via</c>,
    /// <c>member_of</c>, or a relation type such as <c>splinter-of</c>).</summary>
    public string? Field { get; init; }

    /// <summary>For <see cref="QuoteRole.DisputePosition"/>: the dispute, and the position within it.</summary>
    public OfferDispute? Dispute { get; init; }

    public DisputePosition? Position { get; init; }
}
