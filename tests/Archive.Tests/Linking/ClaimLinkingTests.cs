using Archive.Content;
using Archive.Diagnostics;
using Archive.History;
using Archive.Linking;
using Archive.Markdown;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Linking;

/// <summary>Linking claims and disputes: their ids resolve, their quotes are verified, and the site model exposes them.</summary>
public sealed class ClaimLinkingTests
{
    private static int LineIn(Dictionary<string, string> files, string path, string text) => TestSite.LineIn(files[path], text);

    private static (Linked Linked, Dictionary<string, string> Files) Link(Action<Dictionary<string, string>> change)
    {
        var files = ValidSite.Files();
        change(files);
        using var site = TestSite.Create(files);
        return (Linked.From(site), files);
    }

    [Fact]
    public void Link_ClaimsWithEvidence_AreCleanAndCarryTheirCertaintyOnEveryInverseLookup()
    {
        var (linked, _) = Link(EvidenceFixture.Apply);

        linked.AssertClean();
        var site = linked.Site;
        var made = Assert.Single(site.OfferTiesBy("northern-brigade"));
        Assert.Equal(("march-truce", Certainty.Reported, "daily-report"), (made.Record.Id, made.Claim.Certainty, made.Claim.Source!.Id));
        var carried = Assert.Single(site.OfferTiesVia("resistance-front"));
        Assert.Equal(Certainty.Believed, carried.Claim.Certainty);
        var addressed = Assert.Single(site.OfferTiesTo("state-government"), t => t.Record.Id == "march-truce");
        Assert.True(addressed.Claim.IsEditorial);
        var member = Assert.Single(site.MemberTies("resistance-front"));
        Assert.Equal(("northern-brigade", Certainty.Believed, "weekly-analysis"), (member.Record.Id, member.Claim.Certainty, member.Claim.Source!.Id));
        Assert.Equal(["northern-brigade"], site.Members("resistance-front").Select(g => g.Id));
        Assert.Equal(["march-truce"], site.OffersVia("resistance-front").Select(o => o.Id));
    }

    [Fact]
    public void Link_ClaimQuotes_BecomeMarkedPassagesWithTheirOwnIds()
    {
        var (linked, _) = Link(EvidenceFixture.Apply);
        var site = linked.Site;
        var truce = site.Offer("march-truce")!;

        var by = site.Evidence(truce.By[0])!;
        var via = site.Evidence(truce.Via[0])!;
        var member = site.Evidence(site.Group("northern-brigade")!.MemberOf[0])!;

        Assert.Equal(("daily-report", "claim-march-truce-by-northern-brigade", QuoteRole.Claim, "by", CitedByKind.Offer, "/offers/march-truce/"),
            (by.ArticleId, by.AnchorId, by.Role, by.Field, by.CitedByKind, by.CitedByUrl));
        Assert.Equal("claim-march-truce-via-resistance-front", via.AnchorId);
        Assert.Equal(("weekly-analysis", "claim-northern-brigade-member-of-resistance-front", CitedByKind.Group, "/groups/northern-brigade/", "Northern Brigade"),
            (member.ArticleId, member.AnchorId, member.CitedByKind, member.CitedByUrl, member.CitedByTitle));
        Assert.Contains(by, site.QuotesIn("daily-report"));
        Assert.Null(site.Evidence(site.Offer("may-talks")!.By[0]));
        // The offer's own source quotes stay what they were: claims are not sources.
        Assert.Equal(["q-march-truce", "q-march-truce-2"], site.QuotesCitedBy("march-truce").Select(q => q.AnchorId));
    }

    [Fact]
    public void Link_ClaimQuoteNotInArticle_ReportsQuoteNotFoundOnTheQuoteLineWithClosestPassage()
    {
        var (linked, files) = Link(f =>
        {
            EvidenceFixture.Apply(f);
            f.Replace(ValidSite.Member, "quote: \"Analysts say the Resistance Front\"", "quote: \"Analysts say that the Resistance Front\"");
        });

        var d = linked.Single(DiagnosticCodes.QuoteNotFound);

        Assert.Equal((ValidSite.Member, LineIn(files, ValidSite.Member, "quote: \"Analysts"), Severity.Error), (d.File, d.Line, d.Severity));
        Assert.Equal("the quote \"Analysts say that the Resistance Front\" does not occur in the text of article `weekly-analysis`", d.Message);
        Assert.Equal("the quote has \"that\" where the article has \"the\": input/articles/weekly-analysis.md:" + LineIn(files, "input/articles/weekly-analysis.md", "Analysts say the Resistance Front")
            + " reads \"Analysts say »the« Resistance Front agreed to …\"", d.Hint);
        Assert.Null(linked.Site.Evidence(linked.Site.Group("northern-brigade")!.MemberOf[0]));
    }

    [Fact]
    public void Link_ClaimQuoteOccurringTwice_ReportsAmbiguousQuote()
    {
        var (linked, files) = Link(f =>
            f.Replace(ValidSite.Truce, "  - state-government", "  - {group: state-government, certainty: reported, source: daily-report, quote: \"truce\"}"));

        var d = linked.Single(DiagnosticCodes.QuoteAmbiguous);

        Assert.Equal(LineIn(files, ValidSite.Truce, "quote: \"truce\""), d.Line);
    }

    [Fact]
    public void Link_ClaimNamingUnknownGroupOrArticle_ReportsUnknownReferenceWithSuggestions()
    {
        var (linked, files) = Link(f =>
            f.Replace(ValidSite.Truce, "  - state-government", "  - {group: state-governmnet, certainty: reported, source: daily-reprot, quote: \"x\"}"));

        var unknown = linked.Diagnostics.Where(d => d.Code == DiagnosticCodes.UnknownReference).ToList();
        Assert.Equal(["there is no group `state-governmnet`"], unknown.Select(d => d.Message));
        Assert.Equal("did you mean `state-government`?", unknown[0].Hint);

        (linked, files) = Link(f =>
            f.Replace(ValidSite.Truce, "  - state-government", "  - {group: state-government, certainty: reported, source: daily-reprot, quote: \"x\"}"));
        var d = linked.Single(DiagnosticCodes.UnknownReference);
        Assert.Equal(("there is no article `daily-reprot`", "did you mean `daily-report`?"), (d.Message, d.Hint));
        Assert.Equal(LineIn(files, ValidSite.Truce, "daily-reprot"), d.Line);
    }

    [Fact]
    public void Link_ClaimWhoseSourceIsADraft_LeavesOutWhatOnlyThatSourceSupports()
    {
        var (linked, _) = Link(f =>
        {
            EvidenceFixture.Apply(f);
            f.AddFields(ValidSite.Analysis, "draft: true");
        });

        Assert.Contains(linked.Diagnostics, d => d.Code == DiagnosticCodes.ReferenceToDraft && d.File == ValidSite.Member);
        Assert.DoesNotContain(linked.Diagnostics, d => d.IsError);
        Assert.Empty(linked.Site.Group("northern-brigade")!.MemberOf);
    }

    [Fact]
    public void Link_ConfirmedClaimWhoseSourceIsADraft_KeepsTheTieAsTheEditorsAssertion()
    {
        var (linked, _) = Link(f =>
        {
            f.Replace(ValidSite.Member, "  - resistance-front",
                "  - {group: resistance-front, certainty: confirmed, source: weekly-analysis, quote: \"Analysts say the Resistance Front\"}");
            f.AddFields(ValidSite.Analysis, "draft: true");
        });

        var claim = Assert.Single(linked.Site.Group("northern-brigade")!.MemberOf);
        Assert.True(claim.IsEditorial);
    }

    [Fact]
    public void Link_DisputePositions_AreVerifiedAndMarkedWithIdsByDisputeAndPosition()
    {
        var linked = Linked.Valid();

        var dispute = Assert.Single(linked.Site.Offer("may-talks")!.Disputes);
        var first = linked.Site.Evidence(dispute.Positions[0])!;
        var second = linked.Site.Evidence(dispute.Positions[1])!;

        Assert.Equal(("weekly-analysis", "dispute-may-talks-1-1", QuoteRole.DisputePosition), (first.ArticleId, first.AnchorId, first.Role));
        Assert.Equal(("daily-report", "dispute-may-talks-1-2", "One source gives May 3."), (second.ArticleId, second.AnchorId, second.Note));
        Assert.Same(dispute, second.Dispute);
    }

    [Fact]
    public void Link_DisputeQuoteNotInItsArticle_ReportsQuoteNotFoundOnThePositionLine()
    {
        var (linked, files) = Link(f => f.Replace(ValidSite.Talks, "planned for May 3\"", "planned for 3 May\""));

        var d = linked.Single(DiagnosticCodes.QuoteNotFound);

        Assert.Equal((ValidSite.Talks, LineIn(files, ValidSite.Talks, "3 May")), (d.File, d.Line));
        Assert.Contains("article `daily-report`", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_DisputePositionNamingUnknownArticle_ReportsUnknownReference()
    {
        var (linked, _) = Link(f => f.Replace(ValidSite.Talks, "{article: daily-report,", "{article: daily-reports,"));

        Assert.Equal("did you mean `daily-report`?", linked.Single(DiagnosticCodes.UnknownReference).Hint);
    }

    [Fact]
    public void Link_ContentWithHistory_GivesEachFileItsChangesNewestFirst()
    {
        using var site = TestSite.Valid();
        var bag = new DiagnosticBag();
        var changes = new[]
        {
            new FileChange(new DateTimeOffset(2024, 5, 6, 0, 0, 0, TimeSpan.Zero), new string('b', 40), "Correct the truce's date"),
            new FileChange(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), new string('a', 40), "Add the truce"),
        };
        var content = new ContentLoader(new ArchiveMarkdown()).Load(site.Root, bag) with
        {
            Changes = new Dictionary<string, IReadOnlyList<FileChange>> { [ValidSite.Truce] = changes },
        };

        var linked = new SiteLinker().Link(content, includeDrafts: false, bag);

        Assert.Equal(changes, linked.Changes(ValidSite.Truce));
        Assert.Empty(linked.Changes(ValidSite.Talks));
    }
}
