using System.Text;

namespace Archive.Rendering.Html;

/// <summary>Turns heading text into an id: lowercase ASCII words joined by hyphens.</summary>
public static class Slug
{
    public static string From(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(c);
            if (char.IsAsciiLetterOrDigit(lower)) sb.Append(lower);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        return slug.Length == 0 ? "section" : char.IsAsciiDigit(slug[0]) ? "s-" + slug : slug;
    }
}
