using Archive.Content;

namespace Archive.Rendering;

/// <summary>Human words for the content model's codes (<c>armed-group</c> → "Armed group").</summary>
public static class Labels
{
    private static readonly Dictionary<GroupKind, string> PluralKinds = new()
    {
        [GroupKind.ArmedGroup] = "Armed groups",
        [GroupKind.Militia] = "Militias",
        [GroupKind.Coalition] = "Coalitions and umbrella bodies",
        [GroupKind.Government] = "Governments",
        [GroupKind.StateBody] = "State bodies",
        [GroupKind.Mediator] = "Mediators",
        [GroupKind.PoliticalParty] = "Political parties",
        [GroupKind.Other] = "Other organisations",
    };

    private static string Humanize(string code)
    {
        var words = code.Replace('-', ' ');
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>A closed-list value in words: <c>OfferStatus.BrokenOff</c> → "Broken off".</summary>
    public static string Of<T>(T value) where T : struct, Enum => Humanize(Codes.Of(value));

    public static string GroupKindPlural(GroupKind kind) => PluralKinds[kind];

    /// <summary>"1 offer", "3 offers": the count with the right form of the noun.</summary>
    public static string Plural(long count, string singular, string? plural = null) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural ?? singular + "s");
}
