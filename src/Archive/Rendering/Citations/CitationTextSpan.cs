namespace Archive.Rendering.Citations;

/// <summary>
/// A run of citation text and whether Chicago style sets it in italics (publication and report titles).
/// Plain text only: the caller escapes it for HTML and chooses the markup for italics.
/// </summary>
public sealed record CitationTextSpan(string Text, bool IsItalic);
