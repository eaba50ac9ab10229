using Archive.Diagnostics;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Content;

/// <summary>An offer's <c>disputes</c>: where different sources disagree, each side with its exact words.</summary>
public sealed class DisputeReaderTests
{
    private const string OfferPath = "input/offers/o.md";

    private static string Offer(string disputes) => $"""
        ---
        title: "An offer"
        date: "2020-10-10"
        form: conditional-offer
        by: [kh]
        offered: ["Halt attacks"]
        status: proposed
        sources:
          - article: a
            quote: "some words"
        disputes:
        {disputes}
        ---
        """;

    [Fact]
    public void Offer_TwoPositionsFromTwoArticles_AreReadWithQuoteLinesAndNotes()
    {
        var text = Offer("""
              - about: "the date of the announcement"
                positions:
                  - article: pd
                    quote: "on Sunday, October 11, announced"
                  - article: abc
                    quote: "On Saturday, the Coordinating Body"
                    note: "The AP dates the statement to Saturday."
            """);

        var loaded = Loaded.File(OfferPath, text);

        loaded.AssertClean();
        var dispute = Assert.Single(Assert.Single(loaded.Content.Offers).Disputes);
        Assert.Equal("the date of the announcement", dispute.About);
        Assert.False(dispute.IsNoteOnly);
        Assert.Equal([("pd", null), ("abc", "The AP dates the statement to Saturday.")], dispute.Positions.Select(p => (p.Article.Id, p.Note)));
        Assert.Equal(TestSite.LineIn(text, "quote: \"On Saturday"), dispute.Positions[1].QuoteAt.Line);
        Assert.Equal(TestSite.LineIn(text, "about:"), dispute.At.Line);
    }

    [Fact]
    public void Offer_OnePosition_ReportsDisputeNeedsTwoSourcesOnTheAboutLineWithTheAccountHint()
    {
        var text = Offer("  - about: \"the duration\"\n    positions:\n      - {article: abc, quote: \"open-ended\"}");

        var d = Loaded.File(OfferPath, text).Single(DiagnosticCodes.DisputeNeedsTwoSources);

        Assert.Equal((OfferPath, TestSite.LineIn(text, "about:"), Severity.Error), (d.File, d.Line, d.Severity));
        Assert.Contains("at least two different articles; this one has 1", d.Message, StringComparison.Ordinal);
        Assert.Contains("belongs in the offer's account", d.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Offer_AllPositionsFromOneArticle_ReportsDisputeNeedsTwoSources()
    {
        var text = Offer("  - about: \"the duration\"\n    positions:\n      - {article: abc, quote: \"open-ended\"}\n      - {article: abc, quote: \"at least two months\"}");

        var d = Loaded.File(OfferPath, text).Single(DiagnosticCodes.DisputeNeedsTwoSources);

        Assert.Contains("the same article, `abc`", d.Message, StringComparison.Ordinal);
        Assert.Contains("belongs in the offer's account", d.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Offer_ThreePositionsTwoOfThemFromOneArticle_IsADisputeBetweenTwoSources()
    {
        var text = Offer("  - about: \"the duration\"\n    positions:\n      - {article: abc, quote: \"open-ended\"}\n      - {article: abc, quote: \"two months\"}\n      - {article: pd, quote: \"temporary\"}");

        Loaded.File(OfferPath, text).AssertClean();
    }

    [Fact]
    public void Offer_OldNoteForm_StillLoadsWithADeprecationWarningShowingTheNewForm()
    {
        var text = Offer("  - about: \"the duration\"\n    note: \"Two sources differ.\"");

        var loaded = Loaded.File(OfferPath, text);

        var d = loaded.Single(DiagnosticCodes.DisputeOldForm);
        Assert.Equal((TestSite.LineIn(text, "note:"), Severity.Warning), (d.Line, d.Severity));
        Assert.Contains("positions: [{article: <id>, quote: \"…\"}, {article: <other-id>, quote: \"…\"}]", d.Hint, StringComparison.Ordinal);
        var dispute = Assert.Single(Assert.Single(loaded.Content.Offers).Disputes);
        Assert.Equal(("the duration", "Two sources differ.", true), (dispute.About, dispute.Note, dispute.IsNoteOnly));
    }

    [Fact]
    public void Offer_NoteBesidePositions_ReportsWhereRemarksGo()
    {
        var text = Offer("  - about: \"x\"\n    note: \"n\"\n    positions:\n      - {article: abc, quote: \"a\"}\n      - {article: pd, quote: \"b\"}");

        var d = Loaded.File(OfferPath, text).Single(DiagnosticCodes.UnknownField);

        Assert.Equal(TestSite.LineIn(text, "note:"), d.Line);
        Assert.Contains("`note` of its position", d.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OldNoteForm_RendersTheNoteAsBefore()
    {
        using var site = TestSite.Valid(f => f.Replace(ValidSite.Talks, """
                positions:
                  - {article: weekly-analysis, quote: "May 2, 2006, but the talks ended without agreement"}
                  - {article: daily-report, quote: "the first meeting was planned for May 3", note: "One source gives May 3."}
            """, """
                note: "One source gives May 3."
            """));

        var result = site.BuildClean(allowWarnings: true);

        Assert.Equal([DiagnosticCodes.DisputeOldForm], result.Diagnostics.Select(d => d.Code));
        Assert.Contains("One source gives May 3.", site.Page("/offers/may-talks/").GetElementById("disputes")!.TextContent, StringComparison.Ordinal);
    }
}
