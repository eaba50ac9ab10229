namespace Archive.Linking;

/// <summary>
/// Hands out the ids of marked passages, unique within each article: a wanted id already taken there gets
/// <c>-2</c>, <c>-3</c>, … so two records quoting the same passage never produce the same id on one page.
/// Used in a fixed order, so the ids are the same from build to build.
/// </summary>
internal sealed class QuoteAnchors
{
    private readonly Dictionary<string, HashSet<string>> _taken = new(StringComparer.Ordinal);

    public string Take(string articleId, string wanted)
    {
        if (!_taken.TryGetValue(articleId, out var taken)) _taken[articleId] = taken = new HashSet<string>(StringComparer.Ordinal);
        var id = wanted;
        for (var n = 2; !taken.Add(id); n++) id = wanted + "-" + n;
        return id;
    }
}
