using Archive.Content;
using Archive.Diagnostics;
using Archive.Linking;
using Archive.Markdown;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Linking;

/// <summary>What one link hands the next (the preview links again after every edit) must never hide what a fresh link finds.</summary>
public sealed class LinkCacheTests
{
    [Fact]
    public void Link_AgainAfterTheQuotedWordsChanged_ReportsTheQuoteAsAFreshLinkDoes()
    {
        using var site = TestSite.Valid();
        var cache = new LinkCache();
        var markdown = new ArchiveMarkdown();
        var loads = new LoadCache();
        IReadOnlyList<Diagnostic> Link()
        {
            var bag = new DiagnosticBag();
            new SiteLinker().Link(new ContentLoader(markdown).Load(site.Root, bag, loads), includeDrafts: false, bag, cache);
            return bag.ToSortedList();
        }
        Assert.Empty(Link());

        site.Write(ValidSite.Report, site.Read(ValidSite.Report).Replace("would halt all attacks", "would stop all attacks", StringComparison.Ordinal));
        loads.Invalidate(ValidSite.Report);

        var again = Link();
        Assert.Contains(again, d => d.Code == DiagnosticCodes.QuoteNotFound && d.File == "input/offers/march-truce.md");
        Assert.Equal(Linked.From(site).Diagnostics.Select(d => d.ToString()), again.Select(d => d.ToString()));
    }

    [Fact]
    public void Site_ArticleNamingAGroupTwice_IsListedOnceAboutIt()
    {
        var site = Linked.Valid(f => f.Replace(ValidSite.Report, "  - northern-brigade\n", "  - northern-brigade\n  - northern-brigade\n")).Site;

        Assert.Equal(["daily-report"], site.ArticlesAbout("northern-brigade").Select(a => a.Id));
    }
}
