namespace Archive.Rendering;

/// <summary>Human words for the content model's codes (<c>armed-group</c> → "Armed group").</summary>
public static class Labels
{
    private static readonly Dictionary<string, string> PluralKinds = new(StringComparer.Ordinal)
    {
        ["armed-group"] = "Armed groups",
        ["militia"] = "Militias",
        ["coalition"] = "Coalitions and umbrella bodies",
        ["government"] = "Governments",
        ["state-body"] = "State bodies",
        ["mediator"] = "Mediators",
        ["political-party"] = "Political parties",
        ["other"] = "Other organisations",
    };

    public static string Humanize(string code)
    {
        var words = code.Replace('-', ' ');
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }

    public static string GroupKindPlural(string kind) => PluralKinds.GetValueOrDefault(kind) ?? Humanize(kind);

    /// <summary>"1 offer", "3 offers": the count with the right form of the noun.</summary>
    public static string Plural(long count, string singular, string? plural = null) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural ?? singular + "s");
}
