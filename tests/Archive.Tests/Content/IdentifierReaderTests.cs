using Archive.Content;
using Archive.Diagnostics;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Content;

/// <summary><c>identifiers:</c> on groups and offers: known datasets only, ids in their shape, each with its page.</summary>
public sealed class IdentifierReaderTests
{
    private const string GroupPath = "input/groups/kh.md";
    private const string OfferPath = "input/offers/o.md";

    private static string Group(string identifiers) =>
        $"---\nname: \"Kataib Hezbollah\"\nkind: militia\nsummary: \"A militia.\"\nidentifiers:\n{identifiers}\n---\n";

    private static string Offer(string identifiers) =>
        $"---\ntitle: \"T\"\ndate: \"2020\"\nform: conditional-offer\nby: [kh]\noffered: [\"x\"]\nstatus: proposed\n" +
        $"sources:\n  - article: a\n    quote: \"w\"\nidentifiers:\n{identifiers}\n---\n";

    [Fact]
    public void Group_KnownIdentifiers_AreReadInOrderWithTheirPages()
    {
        var text = Group("  wikidata: Q1234567\n  ucdp_actor: 1063\n  acled_actor: \"Kataib Hezbollah\"\n  mmp: kataib-hezbollah");

        var loaded = Loaded.File(GroupPath, text);

        loaded.AssertClean();
        var ids = Assert.Single(loaded.Content.Groups).Identifiers;
        Assert.Equal(
            [
                ("wikidata", "Q1234567", "https://www.wikidata.org/wiki/Q1234567"),
                ("ucdp_actor", "1063", "https://ucdp.uu.se/actor/1063"),
                ("acled_actor", "Kataib Hezbollah", null),
                ("mmp", "kataib-hezbollah", "https://cisac.fsi.stanford.edu/mappingmilitants/profiles/kataib-hezbollah"),
            ],
            ids.Select(i => (i.Scheme, i.Value, i.Url)));
        Assert.Equal("UCDP actor", ids[1].Label);
        Assert.Equal(TestSite.LineIn(text, "ucdp_actor:"), ids[1].At.Line);
    }

    [Fact]
    public void Offer_KnownIdentifiers_AreRead()
    {
        var loaded = Loaded.File(OfferPath, Offer("  pax: 2345\n  ucdp_conflict: 259\n  wikidata: Q42"));

        Assert.DoesNotContain(loaded.Diagnostics, d => d.Code is DiagnosticCodes.UnknownIdentifierScheme or DiagnosticCodes.InvalidIdentifierValue);
        var ids = Assert.Single(loaded.Content.Offers).Identifiers;
        Assert.Equal(["https://pax.peaceagreements.org/agreements/view/2345", "https://ucdp.uu.se/conflict/259", "https://www.wikidata.org/wiki/Q42"],
            ids.Select(i => i.Url));
    }

    [Fact]
    public void Group_MisspeltKey_ReportsUnknownIdentifierWithSuggestionOnItsLine()
    {
        var text = Group("  wikidat: Q42");

        var d = Loaded.File(GroupPath, text).Single(DiagnosticCodes.UnknownIdentifierScheme);

        Assert.Equal((GroupPath, TestSite.LineIn(text, "wikidat:"), Severity.Error), (d.File, d.Line, d.Severity));
        Assert.Equal("did you mean `wikidata`?", d.Hint);
    }

    [Fact]
    public void Group_KeyForOffers_SaysWhereItBelongs()
    {
        var d = Loaded.File(GroupPath, Group("  pax: 12")).Single(DiagnosticCodes.UnknownIdentifierScheme);

        Assert.Contains("is for offers", d.Hint, StringComparison.Ordinal);
        Assert.Contains("wikidata, ucdp_actor, acled_actor, mmp", d.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Group_NothingClose_ListsTheKnownKeys()
    {
        var d = Loaded.File(GroupPath, Group("  zzzzzzzzzzzz: 1")).Single(DiagnosticCodes.UnknownIdentifierScheme);

        Assert.Equal("the identifiers known for groups are: wikidata, ucdp_actor, acled_actor, mmp", d.Hint);
    }

    [Theory]
    [InlineData("wikidata: \"42\"", "wikidata", "^Q[1-9][0-9]*$", "copy the id from Wikidata")]
    [InlineData("wikidata: q42", "wikidata", "^Q[1-9][0-9]*$", "write `wikidata: Q42`")]
    [InlineData("wikidata: \"https://www.wikidata.org/wiki/Q42\"", "wikidata", "^Q[1-9][0-9]*$", "write `wikidata: Q42`")]
    [InlineData("ucdp_actor: A12", "ucdp_actor", "^[1-9][0-9]*$", "copy the id from UCDP actor")]
    [InlineData("ucdp_actor: \"https://ucdp.uu.se/actor/1063\"", "ucdp_actor", "^[1-9][0-9]*$", "write `ucdp_actor: 1063`")]
    [InlineData("mmp: \"Kataib Hezbollah\"", "mmp", "^[a-z0-9]+(?:-[a-z0-9]+)*$", "copy the id from Mapping Militant Organizations")]
    public void Group_ValueOutOfPattern_ReportsThePatternAndWhatWasProbablyMeant(string line, string key, string pattern, string hint)
    {
        var text = Group("  " + line);

        var loaded = Loaded.File(GroupPath, text);

        var d = loaded.Single(DiagnosticCodes.InvalidIdentifierValue);
        Assert.Equal(TestSite.LineIn(text, key + ":"), d.Line);
        Assert.Contains($"(pattern {pattern})", d.Message, StringComparison.Ordinal);
        Assert.Equal(hint, d.Hint);
        Assert.Empty(Assert.Single(loaded.Content.Groups).Identifiers);
    }

    [Fact]
    public void Group_IdentifiersAsAList_ReportsWrongType()
    {
        var d = Loaded.File(GroupPath, Group("  - Q42")).Single(DiagnosticCodes.WrongType);

        Assert.Contains("`identifiers` must be a set of `name: value` lines", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Group_EmptyIdentifier_ReportsEmptyValue()
    {
        var text = Group("  wikidata:");

        Assert.Equal(TestSite.LineIn(text, "wikidata:"), Loaded.File(GroupPath, text).Single(DiagnosticCodes.EmptyValue).Line);
    }

    [Fact]
    public void Schemes_EachExampleInItsShapeIsValidAndLinksWhereItHasATemplate()
    {
        Assert.All(IdentifierSchemes.All, s =>
        {
            Assert.Matches("^[a-z_]+$", s.Key);
            Assert.True(s.OnGroups || s.OnOffers, $"{s.Key} applies to nothing");
            if (s.UrlTemplate is not null) Assert.StartsWith("https://", s.UrlTemplate, StringComparison.Ordinal);
        });
        Assert.Equal(["wikidata", "ucdp_actor", "ucdp_conflict", "pax", "acled_actor", "mmp"], IdentifierSchemes.All.Select(s => s.Key));
    }
}
