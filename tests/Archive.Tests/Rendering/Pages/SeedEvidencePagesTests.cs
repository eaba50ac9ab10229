using AngleSharp.Dom;
using Archive.Content;
using Archive.Linking;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Rendering.Pages;

/// <summary>
/// The seed archive's evidence as readers follow it, read back from the built HTML: every claim weaker than
/// confirmed shows its certainty in words on the page of the record that makes it and on the page of the group on
/// the other side, links to its marked passage, and that passage links back to an entry that links to it.
/// Expected places come from the content model and <see cref="Urls"/>, not from the pages.
/// </summary>
public sealed class SeedEvidencePagesTests : IClassFixture<SeedEvidencePagesTests.SeedBuild>
{
    public sealed class SeedBuild : IDisposable
    {
        public SeedBuild()
        {
            Site = TestSite.CopyOf(RepoRoot.SeedInput);
            Model = Linked.From(Site).Site;
            Site.BuildClean(allowWarnings: true);
        }

        internal TestSite Site { get; }

        internal Site Model { get; }

        public void Dispose() => Site.Dispose();
    }

    /// <summary>A qualified claim: the page that makes it, its entry there, and where the group on the other side lists it.</summary>
    public sealed record QualifiedClaim(string RecordUrl, string Field, Claim Claim, string OtherUrl, string OtherSection)
    {
        public override string ToString() => $"{RecordUrl} {Field} {Claim.Group.Id} ({Claim.CertaintyName})";
    }

    private readonly SeedBuild _seed;

    public SeedEvidencePagesTests(SeedBuild seed) => _seed = seed;

    private IEnumerable<QualifiedClaim> Claims()
    {
        foreach (var o in _seed.Model.Offers)
        {
            foreach (var (field, claims, section) in new[] { ("by", o.By, "offers-made"), ("to", o.To, "offers-addressed"), ("via", o.Via, "offers-mediated") })
            {
                foreach (var c in claims) yield return new(Urls.Offer(o.Id), field, c, Urls.Group(c.Group.Id), section);
            }
        }
        foreach (var g in _seed.Model.Groups)
        {
            foreach (var c in g.MemberOf) yield return new(Urls.Group(g.Id), "member_of", c, Urls.Group(c.Group.Id), "members");
            foreach (var r in g.Relations) yield return new(Urls.Group(g.Id), Codes.Of(r.Type), r.Claim, Urls.Group(r.Group.Id), "relations");
        }
    }

    private List<QualifiedClaim> Qualified() =>
        Claims().Where(c => c.Claim.Certainty is Certainty.Reported or Certainty.Believed).ToList();

    [Fact]
    public void Seed_HasReportedAndBelievedClaimsOnOffersAndGroups()
    {
        var qualified = Qualified();
        Assert.Contains(qualified, c => c.Claim.Certainty == Certainty.Believed && c.Field == "member_of");
        Assert.Contains(qualified, c => c.Claim.Certainty == Certainty.Believed && c.Field == "by");
        Assert.Contains(qualified, c => c.Claim.Certainty == Certainty.Reported && c.Field is "to" or "via");
    }

    [Fact]
    public void RecordPage_QualifiedClaim_SaysItsCertaintyAndLinksToTheMarkedPassage()
    {
        Assert.All(Qualified(), c =>
        {
            var page = _seed.Site.Page(c.RecordUrl);
            var entry = page.GetElementById(Urls.ClaimEntryAnchor(c.Field, c.Claim.Group.Id));
            Assert.True(entry is not null, $"{c}: the page has no entry for the claim");
            AssertSaysAndLinks(c, entry);
        });
    }

    [Fact]
    public void OtherSidesPage_QualifiedClaim_SaysItsCertaintyAndLinksToTheMarkedPassage()
    {
        Assert.All(Qualified(), c =>
        {
            var page = _seed.Site.Page(c.OtherUrl);
            var entry = page.GetElementById(c.OtherSection)?.QuerySelectorAll(".tie")
                .SingleOrDefault(e => e.QuerySelectorAll("a").Any(a => a.GetAttribute("href") == c.RecordUrl));
            Assert.True(entry is not null, $"{c}: {c.OtherUrl} does not list {c.RecordUrl} in #{c.OtherSection}");
            AssertSaysAndLinks(c, entry);
        });
    }

    [Fact]
    public void OffersExplorer_QualifiedClaimOfAnOffer_SaysItsCertaintyAndLinksToTheMarkedPassage()
    {
        var explorer = _seed.Site.Page(Urls.Offers);
        Assert.All(Qualified().Where(c => c.Field is "by" or "to"), c =>
        {
            var row = explorer.QuerySelectorAll("table.offers tbody tr")
                .SingleOrDefault(r => r.QuerySelectorAll("a").Any(a => a.GetAttribute("href") == c.RecordUrl));
            Assert.True(row is not null, $"{c}: the explorer has no row for {c.RecordUrl}");
            var cell = row.QuerySelector($"td[data-label='{(c.Field == "by" ? "By" : "To")}']")!;
            var entry = cell.QuerySelectorAll(".tie").SingleOrDefault(e => e.QuerySelector("a")?.GetAttribute("href") == c.OtherUrl);
            Assert.True(entry is not null, $"{c}: the explorer's row does not list {c.OtherUrl} as {c.Field}");
            AssertSaysAndLinks(c, entry);
        });
    }

    [Fact]
    public void MarkedPassage_OfQualifiedClaim_LinksBackToAnEntryThatLinksToIt()
    {
        Assert.All(Qualified(), c =>
        {
            var evidence = _seed.Model.Evidence(c.Claim)!;
            var articleUrl = Urls.Article(evidence.ArticleId);
            var article = _seed.Site.Page(articleUrl);
            Assert.NotNull(MarkedPassages.Landing(article, evidence.AnchorId));
            Assert.Equal(QuoteText.Normalize(c.Claim.Quote!), QuoteText.Normalize(MarkedPassages.Text(article, evidence.AnchorId)));

            // A passage can be quoted by the same record twice (a claim and a side of a dispute): each link lands right.
            var back = MarkedPassages.Citations(article, evidence.AnchorId)
                .Select(a => SiteLinks.Resolve(articleUrl, a.GetAttribute("href")!))
                .Where(l => l.TargetUrl == c.RecordUrl).ToList();
            Assert.True(back.Count > 0, $"{c}: the passage does not link back to {c.RecordUrl}");
            foreach (var link in back)
            {
                Assert.True(link.Fragment is { Length: > 0 }, $"{c}: the passage links to {c.RecordUrl} but to no place on it");
                var entry = _seed.Site.Page(c.RecordUrl).GetElementById(link.Fragment);
                Assert.True(entry is not null, $"{c}: the passage links to #{link.Fragment}, which {c.RecordUrl} does not have");
                Assert.Contains(entry.QuerySelectorAll("a[href]"), a =>
                    SiteLinks.Resolve(c.RecordUrl, a.GetAttribute("href")!) is { TargetUrl: var t, Fragment: { } f } && t == articleUrl
                    && MarkedPassages.Landing(article, f) == MarkedPassages.Landing(article, evidence.AnchorId));
            }
        });
    }

    [Fact]
    public void ApArticle_PassageQuotedByFiveClaims_IsOneMarkWithOneCompactCitation()
    {
        var article = _seed.Site.Page("/articles/abc-ap-2020-iran-backed-militias-offer-truce/");
        var claims = Qualified().Where(c => c.Claim.Quote!.StartsWith("believed to include", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, claims.Count);
        var ids = claims.Select(c => _seed.Model.Evidence(c.Claim)!.AnchorId).ToList();

        var landings = ids.Select(id => MarkedPassages.Landing(article, id)).Distinct().ToList();
        var mark = Assert.Single(landings);
        Assert.NotNull(mark);
        Assert.Empty(mark.QuerySelectorAll("mark"));
        Assert.Null(mark.ParentElement!.Closest("mark"));
        var citations = MarkedPassages.Citations(article, ids[0]).Select(a => a.TextContent).ToList();
        Assert.Equal(["offer", "AAH", "Harakat al-Nujaba", "KH"], citations);
    }

    /// <summary>The entry names the certainty in words, carries its CSS hook, and links to the claim's marked passage.</summary>
    private void AssertSaysAndLinks(QualifiedClaim c, IElement entry)
    {
        var evidence = _seed.Model.Evidence(c.Claim);
        Assert.True(evidence is not null, $"{c}: the claim has no verified quote");
        Assert.Contains("tie-" + c.Claim.CertaintyName, entry.ClassList);
        Assert.Equal(c.Claim.CertaintyName, entry.QuerySelector(".certainty")?.TextContent);
        var article = _seed.Model.Article(evidence.ArticleId)!;
        var link = entry.QuerySelectorAll("a").SingleOrDefault(a => a.GetAttribute("href") == Urls.Passage(article.Id, evidence.AnchorId));
        Assert.True(link is not null, $"{c}: no link to {Urls.Passage(article.Id, evidence.AnchorId)}");
        Assert.Equal("according to " + article.Source, link.TextContent);
    }
}
