using Archive.Content;

namespace Archive.Rendering.Html;

/// <summary>Turns heading text into an id: lowercase ASCII words joined by hyphens, never starting with a digit.</summary>
public static class Slug
{
    public static string From(string text)
    {
        var slug = RecordId.Slugify(text);
        return slug.Length == 0 ? "section" : char.IsAsciiDigit(slug[0]) ? "s-" + slug : slug;
    }
}
