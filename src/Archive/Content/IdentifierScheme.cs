using System.Text.RegularExpressions;

namespace Archive.Content;

/// <summary>
/// A dataset whose ids records may carry under <c>identifiers:</c>, so researchers can join our records with it:
/// the key editors write, the shape of a valid id, and where the dataset shows the record with that id.
/// </summary>
/// <param name="Key">What editors write, e.g. <c>wikidata</c>.</param>
/// <param name="Label">The dataset's name for readers, e.g. "Wikidata".</param>
/// <param name="Pattern">A regular expression every id must match in full.</param>
/// <param name="Shape">The pattern in words, for error messages ("digits, e.g. 1234").</param>
/// <param name="UrlTemplate">The record's page, with <c>{id}</c> where the id goes; null when the dataset has no page per id.</param>
/// <param name="OnGroups">Whether groups may carry it.</param>
/// <param name="OnOffers">Whether offers may carry it.</param>
public sealed record IdentifierScheme(string Key, string Label, string Pattern, string Shape, string? UrlTemplate, bool OnGroups, bool OnOffers)
{
    private readonly Regex _regex = new(Pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public bool IsValid(string value) => _regex.IsMatch(value);

    /// <summary>The dataset's page for <paramref name="value"/>, or null when it has none.</summary>
    public string? UrlFor(string value) => UrlTemplate?.Replace("{id}", Uri.EscapeDataString(value), StringComparison.Ordinal);

    /// <summary>
    /// What the editor probably meant by an invalid <paramref name="value"/>: the id inside a pasted page address, or
    /// the id in the right case. Null when neither gives a valid id.
    /// </summary>
    public string? Repair(string value)
    {
        var prefix = UrlTemplate?[..UrlTemplate.IndexOf("{id}", StringComparison.Ordinal)];
        var candidates = new List<string> { value.ToUpperInvariant(), value.ToLowerInvariant() };
        foreach (var scheme in new[] { "https://", "http://" })
        {
            if (prefix is not null && prefix.StartsWith(scheme, StringComparison.Ordinal))
            {
                var bare = prefix[scheme.Length..];
                var at = value.IndexOf(bare, StringComparison.OrdinalIgnoreCase);
                if (at >= 0) candidates.Add(value[(at + bare.Length)..].Split('?', '#')[0].Trim('/'));
            }
        }
        return candidates.FirstOrDefault(c => c != value && IsValid(c));
    }
}
