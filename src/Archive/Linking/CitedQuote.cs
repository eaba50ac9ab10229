namespace Archive.Linking;

/// <summary>
/// A passage of an article that some record quotes: an offer's source quote or an editor's note.
/// <see cref="AnchorId"/> is derived from the citing record so it stays the same from build to build.
/// </summary>
/// <param name="CitedByUrl">The citing record's page, or null for an article's own note.</param>
public sealed record CitedQuote(string ArticleId, string Quote, string AnchorId, CitedByKind CitedByKind, string CitedById,
    string CitedByTitle, string? CitedByUrl, string? Note);
