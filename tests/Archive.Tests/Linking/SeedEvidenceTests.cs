using Archive.Content;
using Archive.Linking;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Linking;

/// <summary>The seed archive's evidence: every claim weaker than confirmed, and every side of a dispute, is a marked passage.</summary>
public sealed class SeedEvidenceTests
{
    [Fact]
    public void SeedArchive_EveryReportedOrBelievedClaimAndEveryDisputePosition_IsMarkedInItsArticle()
    {
        using var site = TestSite.CopyOf(RepoRoot.SeedInput);
        var linked = Linked.From(site);
        Assert.DoesNotContain(linked.Diagnostics, d => d.IsError);
        site.BuildClean(allowWarnings: true);

        var claims = linked.Site.Offers.SelectMany(o => o.By.Concat(o.To).Concat(o.Via))
            .Concat(linked.Site.Groups.SelectMany(g => g.MemberOf.Concat(g.Relations.Select(r => r.Claim))))
            .Where(c => c.Certainty != Certainty.Confirmed)
            .ToList();
        var positions = linked.Site.Offers.SelectMany(o => o.Disputes).SelectMany(d => d.Positions).ToList();
        Assert.True(claims.Count >= 5, $"only {claims.Count} qualified claims in the seed");
        Assert.True(positions.Count >= 4, $"only {positions.Count} dispute positions in the seed");

        var evidence = claims.Select(c => linked.Site.Evidence(c)).Concat(positions.Select(p => linked.Site.Evidence(p))).ToList();
        Assert.All(evidence, Assert.NotNull);
        foreach (var quote in evidence)
        {
            var page = site.Page(Urls.Article(quote!.ArticleId));
            Assert.Equal(QuoteText.Normalize(quote.Quote), QuoteText.Normalize(MarkedPassages.Text(page, quote.AnchorId)));
            Assert.NotNull(MarkedPassages.Landing(page, quote.AnchorId));
        }
    }

    [Fact]
    public void SeedArchive_EveryArticle_RecordsTheHashOfItsText()
    {
        using var site = TestSite.CopyOf(RepoRoot.SeedInput);
        var linked = Linked.From(site);

        Assert.All(linked.Site.Articles, a => Assert.True(a.TextSha256 is { Length: 64 }, $"{a.Id} records no text_sha256"));
        Assert.All(linked.Site.Offers.SelectMany(o => o.Disputes), d => Assert.False(d.IsNoteOnly, $"`{d.About}` is in the old form"));
    }
}
