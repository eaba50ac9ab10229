using Archive.Content;
using Archive.Content.Dates;
using Archive.Linking;

namespace Archive.Tests.Linking;

public sealed class UrlsTests
{
    [Theory]
    [InlineData("2006", "/dates/2006/")]
    [InlineData("2006-03~", "/dates/2006/03/")]
    [InlineData("2006-05-06", "/dates/2006/05/06/")]
    [InlineData("2006-12-31%", "/dates/2006/12/31/")]
    [InlineData("0042-01-02", "/dates/0042/01/02/")]
    public void Date_Point_IsPageOfItsPrecision(string text, string expected)
    {
        Assert.Equal(expected, Urls.Date(EdtfDate.Parse(text).Point));
    }

    [Theory]
    [InlineData("2006-05-06", new[] { "/dates/2006/", "/dates/2006/05/", "/dates/2006/05/06/" })]
    [InlineData("2006-03~", new[] { "/dates/2006/", "/dates/2006/03/" })]
    [InlineData("2006?", new[] { "/dates/2006/" })]
    public void DatePagesFor_Point_ListsOwnAndCoarserPages(string text, string[] expected)
    {
        Assert.Equal(expected, Urls.DatePagesFor(EdtfDate.Parse(text).Point));
    }

    [Fact]
    public void Anchors_OfOfferParts_AreNumberedFromOne()
    {
        Assert.Equal("/offers/truce/#event-1", Urls.OfferEvent("truce", 1));
        Assert.Equal("/offers/truce/#response-3", Urls.OfferResponse("truce", 3));
        Assert.Equal("q-truce", Urls.QuoteAnchor("truce"));
        Assert.Equal("claim-truce-member-of-kh", Urls.ClaimAnchor("truce", "member_of", "kh"));
        Assert.Equal("dispute-truce-2-1", Urls.DisputeAnchor("truce", 2, 1));
        Assert.Equal("/articles/report/#q-truce", Urls.Passage("report", Urls.QuoteAnchor("truce")));
    }

    [Fact]
    public void CitationDownloads_SitBesideThePage()
    {
        Assert.Equal(
            ["/groups/kh/cite.bib", "/groups/kh/cite.ris", "/groups/kh/cite.json"],
            new[] { Urls.CitationBibTex("/groups/kh/"), Urls.CitationRis("/groups/kh/"), Urls.CitationCslJson("/groups/kh/") });
    }

    [Fact]
    public void InOriginal_DropsTheOriginalsFragment()
    {
        Assert.Equal("https://example.org/a#:~:text=halt%20attacks", Urls.InOriginal("https://example.org/a#top", "halt attacks"));
    }

    [Fact]
    public void Repository_EditAndHistory_AreGitHubStyle()
    {
        Assert.Equal("https://github.com/o/r/edit/main/input/groups/kh.md", Urls.EditFile("https://github.com/o/r/", "input/groups/kh.md"));
        Assert.Equal("https://github.com/o/r/commits/main/input/groups/kh.md", Urls.FileHistory("https://github.com/o/r", "input/groups/kh.md"));
    }

    [Fact]
    public void Repository_CommitAndFileAtCommit_AreGitHubStyle()
    {
        const string commit = "2e135efca41e3b343fdf8309e9d352f451e3f3c9";
        Assert.Equal($"https://github.com/o/r/commit/{commit}", Urls.Commit("https://github.com/o/r/", commit));
        Assert.Equal($"https://github.com/o/r/blob/{commit}/input/groups/kh.md", Urls.FileAtCommit("https://github.com/o/r", commit, "input/groups/kh.md"));
    }

    [Fact]
    public void EntryAnchors_OnTheCitingPage_NameTheFieldAndTheGroupOrNumberFromOne()
    {
        Assert.Equal("claim-by-kh", Urls.ClaimEntryAnchor("by", "kh"));
        Assert.Equal("claim-member-of-irc", Urls.ClaimEntryAnchor("member_of", "irc"));
        Assert.Equal("claim-splinter-of-aah", Urls.ClaimEntryAnchor("splinter-of", "aah"));
        Assert.Equal("source-2", Urls.SourceEntryAnchor(2));
        Assert.Equal("dispute-1", Urls.DisputeEntryAnchor(1));
        Assert.Equal("dispute-1-2", Urls.DisputePositionEntryAnchor(1, 2));
        Assert.Equal("/offers/truce/#claim-by-kh", Urls.On(Urls.Offer("truce"), Urls.ClaimEntryAnchor("by", "kh")));
    }

    [Fact]
    public void GroupKind_IsTheKindsSectionOfTheIndex()
    {
        Assert.Equal("/groups/#state-body", Urls.GroupKind(GroupKind.StateBody));
    }
}
