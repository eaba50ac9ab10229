namespace Archive.Rendering;

/// <summary>
/// HTML that a template prints as it is. Everything else a template prints is HTML-encoded, so this type is the
/// one way markup reaches a page: the rendered and sanitised body, JSON-LD, and what theme functions build from
/// encoded parts. Make one only from HTML the archive itself produced, never from an editor's text.
/// </summary>
public sealed record SafeHtml(string Html)
{
    public static readonly SafeHtml Empty = new(string.Empty);

    /// <summary>
    /// The links, ids and headings in <see cref="Html"/>, which the page it is printed into adds to its own (see
    /// <see cref="Links.PageLinks"/>). Null means the markup holds none of them, as JSON-LD does.
    /// </summary>
    public Links.PageLinks? Links { get; init; }

    /// <summary>The markup. Joining it with text in a template yields text again, which is encoded when printed.</summary>
    public override string ToString() => Html;
}
