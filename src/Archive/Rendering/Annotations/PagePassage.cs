namespace Archive.Rendering.Annotations;

/// <summary>A passage found on an article page: where it is in the page's text, and its source words for the original.</summary>
/// <param name="InOriginal">The same words as the source has them (the editors' additions left out, whitespace as one space),
/// with the context of the paragraph they are in: what to look for in the original.</param>
/// <param name="Note">For an inline note (<c>[words]{note="…"}</c>): the note's text.</param>
public sealed record PagePassage(PagePosition OnPage, TextQuote InOriginal, string? Note = null);
