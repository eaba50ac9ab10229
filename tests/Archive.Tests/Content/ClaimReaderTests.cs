using Archive.Content;
using Archive.Diagnostics;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Content;

/// <summary>Claims in <c>by</c>, <c>to</c>, <c>via</c>, <c>member_of</c> and relations, as the loader reads them.</summary>
public sealed class ClaimReaderTests
{
    private const string OfferPath = "input/offers/o.md";
    private const string GroupPath = "input/groups/g.md";

    private static string Offer(string by) => $"""
        ---
        title: "An offer"
        date: "2020-10-10"
        form: conditional-offer
        by:
        {by}
        offered: ["Halt attacks"]
        status: proposed
        sources:
          - article: a
            quote: "some words"
        ---

        The account.
        """;

    private static int LineOf(string text, string needle) => TestSite.LineIn(text, needle);

    [Fact]
    public void Offer_PlainIds_AreTheEditorsConfirmedClaimsWithoutSource()
    {
        var loaded = Loaded.File(OfferPath, Offer("  - kh\n  - aah"));

        loaded.AssertClean();
        var by = Assert.Single(loaded.Content.Offers).By;
        Assert.Equal(["kh", "aah"], by.Select(c => c.Group.Id));
        Assert.All(by, c => Assert.Equal((Certainty.Confirmed, true, (string?)null), (c.Certainty, c.IsEditorial, c.Quote)));
    }

    [Fact]
    public void Offer_ClaimMap_ReadsCertaintySourceAndQuoteWithTheQuoteLine()
    {
        var text = Offer("""
              - kh
              - group: aah
                certainty: believed
                source: abc-report
                quote: "believed to include … Asaib Ahl al-Haq"
              - {group: nujaba, certainty: reported, source: abc-report, quote: "Harakat al-Nujaba"}
            """);

        var loaded = Loaded.File(OfferPath, text);

        loaded.AssertClean();
        var by = Assert.Single(loaded.Content.Offers).By;
        Assert.Equal(3, by.Count);
        var aah = by[1];
        Assert.Equal(("aah", Certainty.Believed, "abc-report", "believed to include … Asaib Ahl al-Haq", "believed"),
            (aah.Group.Id, aah.Certainty, aah.Source!.Id, aah.Quote, aah.CertaintyName));
        Assert.Equal(LineOf(text, "quote: \"believed"), aah.QuoteAt.Line);
        Assert.Equal(LineOf(text, "group: aah"), aah.Group.At.Line);
        Assert.Equal((Certainty.Reported, "Harakat al-Nujaba"), (by[2].Certainty, by[2].Quote));
    }

    [Theory]
    [InlineData("reported")]
    [InlineData("believed")]
    [InlineData("disputed")]
    public void Offer_CertaintyWithoutSource_ReportsMissingEvidenceOnTheCertaintyLineWithTheMapForm(string certainty)
    {
        var text = Offer($"  - group: aah\n    certainty: {certainty}");

        var d = Loaded.File(OfferPath, text).Single(DiagnosticCodes.ClaimEvidenceMissing);

        Assert.Equal((OfferPath, LineOf(text, "certainty:"), Severity.Error), (d.File, d.Line, d.Severity));
        Assert.Contains($"`certainty: {certainty}` needs its evidence", d.Message, StringComparison.Ordinal);
        Assert.Contains($"{{group: aah, certainty: {certainty}, source: article-id, quote: \"exact words\"}}", d.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Offer_ConfirmedMapWithoutSource_IsAcceptedAsTheEditorsAssertion()
    {
        var loaded = Loaded.File(OfferPath, Offer("  - {group: aah, certainty: confirmed}\n  - {group: kh}"));

        loaded.AssertClean();
        Assert.All(Assert.Single(loaded.Content.Offers).By, c => Assert.True(c.IsEditorial));
    }

    [Theory]
    [InlineData("source: abc-report", "quote", "source:")]
    [InlineData("quote: \"other words\"", "source", "quote: \"other")]
    public void Offer_SourceWithoutQuoteOrTheReverse_ReportsTheMissingHalf(string half, string missing, string lineText)
    {
        var text = Offer($"  - group: aah\n    certainty: reported\n    {half}");

        var d = Loaded.File(OfferPath, text).Single(DiagnosticCodes.ClaimEvidenceMissing);

        Assert.Equal(LineOf(text, lineText), d.Line);
        Assert.Contains($"no `{missing}`", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Offer_MisspeltCertainty_ReportsInvalidEnumWithSuggestion()
    {
        var text = Offer("  - {group: aah, certainty: beleived, source: abc-report, quote: \"w\"}");

        var d = Loaded.File(OfferPath, text).Single(DiagnosticCodes.InvalidEnumValue);

        Assert.Equal(LineOf(text, "beleived"), d.Line);
        Assert.Equal("did you mean `believed`?", d.Hint);
    }

    [Fact]
    public void Offer_UnknownKeyInClaim_ReportsUnknownFieldWithSuggestion()
    {
        var d = Loaded.File(OfferPath, Offer("  - {group: aah, certanity: believed}")).Single(DiagnosticCodes.UnknownField);

        Assert.Equal("did you mean `certainty`?", d.Hint);
    }

    [Fact]
    public void Offer_ClaimWithoutGroup_ReportsRequiredField()
    {
        var text = Offer("  - {certainty: believed, source: a, quote: \"w\"}");

        var d = Loaded.File(OfferPath, text).Single(DiagnosticCodes.RequiredFieldMissing);

        Assert.Contains("`group`", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Offer_GroupListedTwice_WarnsOnTheSecondAndKeepsTheFirst()
    {
        var text = Offer("  - aah\n  - {group: aah, certainty: believed, source: abc-report, quote: \"w\"}");

        var loaded = Loaded.File(OfferPath, text);

        var d = loaded.Single(DiagnosticCodes.DuplicateClaim);
        Assert.Equal((LineOf(text, "{group: aah"), Severity.Warning), (d.Line, d.Severity));
        Assert.True(Assert.Single(Assert.Single(loaded.Content.Offers).By).IsEditorial);
    }

    [Fact]
    public void Group_MemberOfAndRelations_CarryTheirEvidence()
    {
        var text = """
            ---
            name: "Asaib Ahl al-Haq"
            kind: militia
            member_of:
              - pmf
              - group: ircc
                certainty: believed
                source: abc-report
                quote: "believed to include"
            relations:
              - type: splinter-of
                group: mahdi-army
                since: "2006"
                certainty: reported
                source: abc-report
                quote: "broke away"
              - type: allied-with
                group: iran
            summary: "A militia."
            ---
            """;

        var loaded = Loaded.File(GroupPath, text);

        loaded.AssertClean();
        var g = Assert.Single(loaded.Content.Groups);
        Assert.Equal([("pmf", Certainty.Confirmed), ("ircc", Certainty.Believed)], g.MemberOf.Select(c => (c.Group.Id, c.Certainty)));
        var splinter = g.Relations[0];
        Assert.Equal((RelationType.SplinterOf, "mahdi-army", Certainty.Reported, "broke away"), (splinter.Type, splinter.Group.Id, splinter.Claim.Certainty, splinter.Claim.Quote));
        Assert.Equal(LineOf(text, "quote: \"broke away\""), splinter.Claim.QuoteAt.Line);
        Assert.True(g.Relations[1].Claim.IsEditorial);
    }

    [Fact]
    public void Group_RelationCertaintyWithoutSource_ReportsMissingEvidence()
    {
        var text = "---\nname: \"G\"\nkind: militia\nrelations:\n  - type: allied-with\n    group: iran\n    certainty: believed\nsummary: \"S.\"\n---\n";

        var d = Loaded.File(GroupPath, text).Single(DiagnosticCodes.ClaimEvidenceMissing);

        Assert.Equal(LineOf(text, "certainty: believed"), d.Line);
    }
}
