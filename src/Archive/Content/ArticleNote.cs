namespace Archive.Content;

/// <summary>An editor's annotation anchored to an exact quote of the article body.</summary>
public sealed record ArticleNote(string Quote, string Note, SourceSpan At);
