using Archive.Content;
using Archive.Diagnostics;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Linking;

public sealed class SiteLinkerTests
{
    private static int LineIn(Dictionary<string, string> files, string path, string text) => TestSite.LineIn(files[path], text);

    [Fact]
    public void Link_ValidFixture_HasNoDiagnostics()
    {
        var linked = Linked.Valid();

        linked.AssertClean();
        Assert.Equal(2, linked.Site.Articles.Count);
        Assert.Equal(3, linked.Site.Groups.Count);
        Assert.Equal(2, linked.Site.Offers.Count);
    }

    [Fact]
    public void Link_MisspeltGroupId_ReportsUnknownReferenceWithSuggestion()
    {
        var files = ValidSite.Files();
        files.Replace(ValidSite.Report, "  - northern-brigade", "  - northern-brigad");

        using var site = TestSite.Create(files);
        var linked = Linked.From(site);

        var d = linked.Single(DiagnosticCodes.UnknownReference);
        Assert.Equal((ValidSite.Report, LineIn(files, ValidSite.Report, "northern-brigad"), 5), (d.File, d.Line, d.Column));
        Assert.Equal("there is no group `northern-brigad`", d.Message);
        Assert.Equal("did you mean `northern-brigade`?", d.Hint);
        Assert.DoesNotContain(linked.Site.Article("daily-report")!.Groups, r => r.Id == "northern-brigad");
    }

    [Fact]
    public void Link_UnknownIdNothingClose_HintsCreatingTheFile()
    {
        var linked = Linked.Valid(f => f.Replace(ValidSite.Truce, "  - state-government", "  - zzzzzz"));

        var d = linked.Single(DiagnosticCodes.UnknownReference);
        Assert.Equal("create input/groups/zzzzzz.md or correct the id", d.Hint);
    }

    [Fact]
    public void Link_UnknownSourceArticle_ReportsUnknownArticle()
    {
        var files = ValidSite.Files();
        files.Replace(ValidSite.Talks, "  - article: weekly-analysis", "  - article: weekly-analysys");
        using var site = TestSite.Create(files);

        var d = Linked.From(site).Single(DiagnosticCodes.UnknownReference);

        Assert.Equal((ValidSite.Talks, LineIn(files, ValidSite.Talks, "weekly-analysys")), (d.File, d.Line));
        Assert.Equal("there is no article `weekly-analysys`", d.Message);
        Assert.Equal("did you mean `weekly-analysis`?", d.Hint);
    }

    [Fact]
    public void Link_UnknownOfferInArticle_ReportsUnknownOffer()
    {
        var d = Linked.Valid(f => f.Replace(ValidSite.Report, "  - march-truce", "  - march-truse")).Single(DiagnosticCodes.UnknownReference);

        Assert.Equal("there is no offer `march-truse`", d.Message);
        Assert.Equal("did you mean `march-truce`?", d.Hint);
    }

    [Fact]
    public void Link_GroupMemberOfItself_ReportsSelfReference()
    {
        var files = ValidSite.Files();
        files.Replace(ValidSite.Member, "  - resistance-front", "  - northern-brigade");
        using var site = TestSite.Create(files);

        var linked = Linked.From(site);

        var d = linked.Single(DiagnosticCodes.SelfReference);
        Assert.Equal((ValidSite.Member, LineIn(files, ValidSite.Member, "  - northern-brigade")), (d.File, d.Line));
        Assert.Contains("`member_of`", d.Message);
        Assert.DoesNotContain(DiagnosticCodes.MemberOfCycle, linked.Diagnostics.Select(x => x.Code));
    }

    [Fact]
    public void Link_RelationToItself_ReportsSelfReference()
    {
        var files = ValidSite.Files();
        files.AddFields(ValidSite.Government, "relations:\n  - type: rival-of\n    group: state-government");
        using var site = TestSite.Create(files);

        var d = Linked.From(site).Single(DiagnosticCodes.SelfReference);

        Assert.Equal(LineIn(files, ValidSite.Government, "group: state-government"), d.Line);
        Assert.Contains("`relations`", d.Message);
    }

    [Fact]
    public void Link_MemberOfCycle_ReportsTheCycleOnce()
    {
        var files = ValidSite.Files();
        files.AddFields(ValidSite.Coalition, "member_of:\n  - northern-brigade");
        using var site = TestSite.Create(files);

        var d = Linked.From(site).Single(DiagnosticCodes.MemberOfCycle);

        Assert.Equal((ValidSite.Coalition, LineIn(files, ValidSite.Coalition, "  - northern-brigade")), (d.File, d.Line));
        Assert.Contains("northern-brigade → resistance-front → northern-brigade", d.Message);
    }

    [Fact]
    public void Link_LongerCycle_NamesEveryGroupOnIt()
    {
        var linked = Linked.Valid(f =>
        {
            f.AddFields(ValidSite.Coalition, "member_of:\n  - state-government");
            f.AddFields(ValidSite.Government, "member_of:\n  - northern-brigade");
        });

        var d = linked.Single(DiagnosticCodes.MemberOfCycle);
        Assert.Contains("northern-brigade → resistance-front → state-government → northern-brigade", d.Message);
    }

    [Fact]
    public void Link_ReferenceToDraft_WarnsAndDropsTheLink()
    {
        var linked = Linked.Valid(f => f.AddFields(ValidSite.Coalition, "draft: true"));

        Assert.All(linked.Diagnostics, d => Assert.Equal((DiagnosticCodes.ReferenceToDraft, Severity.Warning), (d.Code, d.Severity)));
        Assert.Equal(
            new[] { ValidSite.Analysis, ValidSite.Member, ValidSite.Truce, ValidSite.Talks }.Order(StringComparer.Ordinal),
            linked.Diagnostics.Select(d => d.File).Distinct().Order(StringComparer.Ordinal));
        Assert.Null(linked.Site.Group("resistance-front"));
        Assert.Empty(linked.Site.Group("northern-brigade")!.MemberOf);
        Assert.Contains("build with --drafts", linked.Diagnostics[0].Hint);
    }

    [Fact]
    public void Link_DraftsIncluded_KeepsDraftAndItsLinks()
    {
        var linked = Linked.Valid(f => f.AddFields(ValidSite.Coalition, "draft: true"), includeDrafts: true);

        linked.AssertClean();
        Assert.NotNull(linked.Site.Group("resistance-front"));
        Assert.Single(linked.Site.Members("resistance-front"));
    }

    [Fact]
    public void Link_DraftPage_IsLeftOut()
    {
        var linked = Linked.Valid(f => f.AddFields(ValidSite.About, "draft: true"));

        linked.AssertClean();
        Assert.Empty(linked.Site.Pages);
    }

    [Fact]
    public void Link_QuoteNotInArticle_ReportsQuoteNotFoundWithClosestPassage()
    {
        var files = ValidSite.Files();
        files.Replace(ValidSite.Talks, "met envoys on May 2, 2006\"", "met the envoys on May 2, 2006\"");
        using var site = TestSite.Create(files);

        var d = Linked.From(site).Single(DiagnosticCodes.QuoteNotFound);

        Assert.Equal((ValidSite.Talks, LineIn(files, ValidSite.Talks, "quote: \"The coalition"), 5), (d.File, d.Line, d.Column));
        Assert.Contains("article `weekly-analysis`", d.Message);
        var line = LineIn(files, ValidSite.Analysis, "The coalition's leaders met envoys");
        Assert.Equal($"the quote has \"the\" where the article has \"envoys\": {ValidSite.Analysis}:{line} reads \"… The coalition's leaders met »envoys« on May 2, 2006, …\"", d.Hint);
    }

    [Fact]
    public void Link_QuoteOccurringTwice_ReportsAmbiguousQuote()
    {
        var files = ValidSite.Files();
        files.Replace(ValidSite.Truce, "quote: \"offered a three-month truce to the State Government\"", "quote: \"truce\"");
        using var site = TestSite.Create(files);

        var d = Linked.From(site).Single(DiagnosticCodes.QuoteAmbiguous);

        Assert.Equal(LineIn(files, ValidSite.Truce, "quote: \"truce\""), d.Line);
        Assert.Contains("occurs 2 times", d.Message);
    }

    [Fact]
    public void Link_QuoteAcrossEmphasisLinkAndCurlyQuotes_IsFound()
    {
        var linked = Linked.Valid();

        var anchors = linked.Site.QuotesIn("daily-report").Select(q => q.AnchorId).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, anchors.Count(a => a.StartsWith("q-march-truce", StringComparison.Ordinal)));
        Assert.Contains("q-march-truce", anchors);
        Assert.Contains("q-march-truce-2", anchors);
        Assert.Single(anchors, a => a.StartsWith("note-", StringComparison.Ordinal));
    }

    [Fact]
    public void Link_NoteQuoteNotInArticle_ReportsNoteQuoteNotFound()
    {
        var files = ValidSite.Files();
        files.Replace(ValidSite.Report, "quote: \"officials said on Tuesday\"", "quote: \"officials said on Monday\"");
        using var site = TestSite.Create(files);

        var d = Linked.From(site).Single(DiagnosticCodes.NoteQuoteNotFound);

        Assert.Equal(LineIn(files, ValidSite.Report, "officials said on Monday"), d.Line);
    }

    [Fact]
    public void Link_PageNamedLikeAnArchiveSection_ReportsUrlCollision()
    {
        var linked = Linked.Valid(f => f["input/pages/groups.md"] = "---\ntitle: \"Groups\"\n---\n");

        var d = linked.Single(DiagnosticCodes.UrlCollision);
        Assert.Equal(("input/pages/groups.md", 0), (d.File, d.Line));
        Assert.Null(linked.Site.Page("groups"));
    }

    [Fact]
    public void Site_Members_AreTheInverseOfMemberOf()
    {
        var site = Linked.Valid().Site;

        Assert.Equal(["northern-brigade"], site.Members("resistance-front").Select(g => g.Id));
        Assert.Empty(site.Members("northern-brigade"));
    }

    [Fact]
    public void Site_OffersByToVia_AreTheInverseOfTheOffersParties()
    {
        var site = Linked.Valid().Site;

        Assert.Equal(["march-truce"], site.OffersBy("northern-brigade").Select(o => o.Id));
        Assert.Equal(["may-talks"], site.OffersBy("resistance-front").Select(o => o.Id));
        Assert.Equal(["march-truce", "may-talks"], site.OffersTo("state-government").Select(o => o.Id));
        Assert.Equal(["march-truce"], site.OffersVia("resistance-front").Select(o => o.Id));
        Assert.Empty(site.OffersVia("state-government"));
    }

    [Fact]
    public void Site_ArticlesAbout_AreTheInverseOfArticleGroups()
    {
        var site = Linked.Valid().Site;

        Assert.Equal(["daily-report"], site.ArticlesAbout("northern-brigade").Select(a => a.Id));
        Assert.Equal(["weekly-analysis"], site.ArticlesAbout("resistance-front").Select(a => a.Id));
    }

    [Fact]
    public void Site_ArticleCitedOnlyByOffer_ReportsThatOffer()
    {
        var site = Linked.Valid().Site;

        Assert.Equal(["may-talks"], site.OffersReportedIn("weekly-analysis").Select(o => o.Id));
        Assert.Equal(["weekly-analysis"], site.ArticlesReporting("may-talks").Select(a => a.Id));
    }

    [Fact]
    public void Site_ArticleListingOfferNotCitingIt_IsAmongArticlesReportingIt()
    {
        var site = Linked.Valid(f => f.AddFields(ValidSite.Analysis, "offers:\n  - march-truce")).Site;

        Assert.Equal(["weekly-analysis", "daily-report"], site.ArticlesReporting("march-truce").Select(a => a.Id));
        Assert.Equal(["march-truce", "may-talks"], site.OffersReportedIn("weekly-analysis").Select(o => o.Id));
    }

    [Fact]
    public void Site_ResponsesBy_ListsTheGroupsAnswers()
    {
        var site = Linked.Valid().Site;

        var (offer, response) = Assert.Single(site.ResponsesBy("state-government"));
        Assert.Equal(("may-talks", ResponseStance.Rejected), (offer.Id, response.Stance));
    }

    [Fact]
    public void Site_Neighbours_FollowTimeOrder()
    {
        var site = Linked.Valid().Site;

        var truce = site.NeighboursOf(site.Offer("march-truce")!);
        Assert.Null(truce.Previous);
        Assert.Equal("may-talks", truce.Next!.Id);
        var analysis = site.NeighboursOf(site.Article("weekly-analysis")!);
        Assert.Equal("daily-report", analysis.Previous!.Id);
        Assert.Null(analysis.Next);
    }

    [Fact]
    public void Site_Orders_ArticlesNewestFirstOffersOldestFirstGroupsByName()
    {
        var site = Linked.Valid().Site;

        Assert.Equal(["weekly-analysis", "daily-report"], site.Articles.Select(a => a.Id));
        Assert.Equal(["march-truce", "may-talks"], site.Offers.Select(o => o.Id));
        Assert.Equal(["northern-brigade", "resistance-front", "state-government"], site.Groups.Select(g => g.Id));
    }
}
