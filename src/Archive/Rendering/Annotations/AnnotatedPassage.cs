using Archive.Linking;

namespace Archive.Rendering.Annotations;

/// <summary>
/// One Web Annotation of an article: a quote some record makes (<see cref="Quote"/>) or an inline note
/// (<see cref="InlineNote"/>), where it is on the archive's page (<see cref="OnPage"/>, null when the page reproduces no
/// text) and what to look for in the original (<see cref="InOriginal"/>, null when the article has no URL).
/// </summary>
/// <param name="Id">The annotation's fragment id, unique within the article: the passage's anchor, or <c>inline-note-N</c>.</param>
public sealed record AnnotatedPassage(string ArticleId, string Id, CitedQuote? Quote, string? InlineNote, PagePosition? OnPage, TextQuote? InOriginal);
