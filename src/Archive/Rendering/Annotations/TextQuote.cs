namespace Archive.Rendering.Annotations;

/// <summary>A W3C <c>TextQuoteSelector</c>: the exact words and up to <see cref="PageText.Context"/> characters either side.</summary>
public sealed record TextQuote(string Exact, string Prefix, string Suffix);
