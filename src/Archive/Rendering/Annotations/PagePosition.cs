namespace Archive.Rendering.Annotations;

/// <summary>
/// A passage in the text of an archive page (see <see cref="PageText"/>): the words with their context, and where they
/// are as a W3C <c>TextPositionSelector</c> (Unicode code points from the start of the body's text, end exclusive).
/// </summary>
public sealed record PagePosition(TextQuote Quote, int Start, int End);
