using Archive.Content.Dates;

namespace Archive.Content;

/// <summary>A source document: a report, analysis or statement, with its text faithful to the source.</summary>
/// <param name="TextSha256">The recorded SHA-256 of the body as captured (see <see cref="TextFixity"/>), already verified; null when none is recorded.</param>
public sealed record Article(
    string Id,
    string File,
    string Title,
    string Kind,
    string Source,
    IReadOnlyList<string> Authors,
    EdtfDate Published,
    EdtfDate? Updated,
    string? Url,
    string? ArchivedUrl,
    EdtfDate? Retrieved,
    string Rights,
    string Language,
    bool Draft,
    IReadOnlyList<Ref> Groups,
    IReadOnlyList<Ref> Offers,
    string Summary,
    IReadOnlyList<ArticleNote> Notes,
    MarkdownBody Body,
    string? TextSha256 = null);
