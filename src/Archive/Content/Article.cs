using Archive.Content.Dates;

namespace Archive.Content;

/// <summary>A source document: a report, analysis or statement, with its text faithful to the source.</summary>
public sealed record Article
{
    public required string Id { get; init; }
    public required string File { get; init; }
    public required string Title { get; init; }
    public required ArticleKind Kind { get; init; }
    public required string Source { get; init; }
    public required IReadOnlyList<string> Authors { get; init; }
    public required EdtfDate Published { get; init; }
    public EdtfDate? Updated { get; init; }
    public string? Url { get; init; }
    public string? ArchivedUrl { get; init; }
    public EdtfDate? Retrieved { get; init; }
    public required ArticleRights Rights { get; init; }
    public required string Language { get; init; }
    public bool Draft { get; init; }
    public required IReadOnlyList<Ref> Groups { get; init; }
    public required IReadOnlyList<Ref> Offers { get; init; }
    /// <summary>Terms of the vocabulary: what it demanded and offered (offers), what it is about (articles). Most specific terms only.</summary>
    public IReadOnlyList<Ref> Terms { get; init; } = [];
    public required string Summary { get; init; }
    public required IReadOnlyList<ArticleNote> Notes { get; init; }
    public required MarkdownBody Body { get; init; }
    /// <summary>The recorded SHA-256 of the body as captured (see <see cref="TextFixity"/>), already verified; null when none is recorded.</summary>
    public string? TextSha256 { get; init; }
}
