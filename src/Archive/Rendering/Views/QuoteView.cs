namespace Archive.Rendering.Views;

/// <summary>A quoted passage with where it is marked in the article and who cites it.</summary>
/// <param name="PassageUrl">The marked passage in the archive's copy (<c>/articles/x/#q-offer</c>).</param>
/// <param name="OriginalUrl">The passage in the original, by text fragment, when the article has a URL.</param>
public sealed record QuoteView(string Quote, string PassageUrl, string? OriginalUrl, LinkView Article, LinkView? CitedBy, string? Note);
