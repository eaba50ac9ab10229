using Archive.Tests.Infrastructure;

namespace Archive.Tests.Linking;

/// <summary>The valid fixture with claims that carry evidence: quoted passages that tie records to groups.</summary>
internal static class EvidenceFixture
{
    /// <summary>The words of the daily report that the truce's <c>by</c> and <c>via</c> claims both quote.</summary>
    public const string SharedPassage = "The Northern Brigade has offered";

    /// <summary>
    /// The truce was reported made by the brigade and carried by the front (both quoting <see cref="SharedPassage"/>);
    /// the brigade is believed to belong to the front, on the weekly analysis's words.
    /// </summary>
    public static void Apply(Dictionary<string, string> f)
    {
        f.Replace(ValidSite.Truce, "by:\n  - northern-brigade",
            $"by:\n  - {{group: northern-brigade, certainty: reported, source: daily-report, quote: \"{SharedPassage}\"}}");
        f.Replace(ValidSite.Truce, "via:\n  - resistance-front",
            $"via:\n  - group: resistance-front\n    certainty: believed\n    source: daily-report\n    quote: \"{SharedPassage}\"");
        f.Replace(ValidSite.Member, "member_of:\n  - resistance-front",
            "member_of:\n  - group: resistance-front\n    certainty: believed\n    source: weekly-analysis\n    quote: \"Analysts say the Resistance Front\"");
    }
}
