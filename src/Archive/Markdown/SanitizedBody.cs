using AngleSharp.Dom;

namespace Archive.Markdown;

/// <summary>
/// A body after <see cref="BodySanitizer"/>: the element whose children are the safe HTML (null when the raw HTML
/// nests too deeply to parse, see <see cref="TooDeep"/>), and everything that was removed.
/// </summary>
/// <param name="TooDeep">The 0-based body line and column where raw HTML passed <see cref="BodySanitizer.MaxHtmlDepth"/>.</param>
public sealed record SanitizedBody(IElement? Root, IReadOnlyList<HtmlRemoval> Removals, (int Line, int Column)? TooDeep);
