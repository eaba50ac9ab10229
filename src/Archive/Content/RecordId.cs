using System.Text;
using System.Text.RegularExpressions;

namespace Archive.Content;

/// <summary>The rules for record ids, which are also URL slugs and file names.</summary>
public static partial class RecordId
{
    public const int MaxLength = 100;

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool IsValid(string? id) => id is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(id);

    /// <summary>What an invalid id most likely should have been: lowercase ASCII, hyphens between words.</summary>
    public static string Suggest(string text)
    {
        var slug = Slugify(text);
        if (slug.Length > MaxLength) slug = slug[..MaxLength].TrimEnd('-');
        return slug.Length == 0 ? "record" : slug;
    }

    /// <summary>Lowercase ASCII letters and digits of <paramref name="text"/>, words joined by single hyphens; may be empty.</summary>
    public static string Slugify(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder();
        foreach (var c in normalized)
        {
            if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(lower);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }

    /// <summary>The explanation shown when an id breaks the rules.</summary>
    public static string Problem(string id) => id.Length switch
    {
        0 => "an id cannot be empty",
        > MaxLength => $"the id is {id.Length} characters long; the limit is {MaxLength}",
        _ => "ids use lowercase ASCII letters, digits and single hyphens between words",
    };
}
