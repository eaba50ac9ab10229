namespace Archive.Rendering.Links;

/// <summary>
/// What a rendered page (or a piece of one, such as a body) links to and defines, collected while it renders so that
/// checking needs no second parse: the <c>href</c> of every <c>&lt;a&gt;</c>, the <c>href</c>/<c>src</c> of every
/// <c>&lt;link&gt;</c>, <c>&lt;script&gt;</c> and <c>&lt;img&gt;</c>, every <c>id</c>, how many <c>&lt;h1&gt;</c> it
/// has, and whether it has a non-blank <c>&lt;title&gt;</c> and a <c>lang</c> on <c>&lt;html&gt;</c>.
/// Each list holds every distinct value once, in the order it first appears; values are as a browser reads them
/// (entities decoded).
/// </summary>
public sealed record PageLinks(
    IReadOnlyList<string> PageHrefs,
    IReadOnlyList<string> ResourceHrefs,
    IReadOnlyList<string> Ids,
    int H1Count,
    bool HasTitle,
    bool HasLanguage)
{
    public static readonly PageLinks None = new([], [], [], 0, false, false);

    /// <summary>A fragment of markup holding one link to a page, as <c>record_link</c> and <c>date_link</c> build.</summary>
    public static PageLinks ToPage(string href) => new([href], [], [], 0, false, false);
}
