using System.Security.Cryptography;
using AngleSharp.Dom;
using Archive.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Archive.Tests;

/// <summary>The real seed archive (<c>input/</c> at the repository root), copied to a temporary folder and built there.</summary>
public sealed class SeedArchiveTests : IClassFixture<SeedArchiveTests.SeedBuild>
{
    /// <summary>One build of a copy of the seed archive for the whole class.</summary>
    public sealed class SeedBuild : IDisposable
    {
        public SeedBuild()
        {
            Site = TestSite.CopyOf(RepoRoot.SeedInput);
            Result = Site.Build();
        }

        internal TestSite Site { get; }

        public BuildResult Result { get; }

        public void Dispose() => Site.Dispose();
    }

    private readonly TestSite _site;
    private readonly BuildResult _result;
    private readonly ITestOutputHelper _output;

    public SeedArchiveTests(SeedBuild build, ITestOutputHelper output)
    {
        _site = build.Site;
        _result = build.Result;
        _output = output;
    }

    [Fact]
    public void Build_SeedArchive_HasNoErrors()
    {
        foreach (var d in _result.Diagnostics) _output.WriteLine(d.ToString());

        Assert.True(_result.ErrorCount == 0, string.Join('\n', _result.Diagnostics.Where(d => d.IsError)));
        Assert.True(_result.Published);
        Assert.True(_result.PageCount > 30, $"only {_result.PageCount} pages");
    }

    [Fact]
    public void Build_SeedArchive_EveryPageIsReachableFromHome()
    {
        var reachable = SiteLinks.ReachableFromHome(_site);

        Assert.DoesNotContain(_site.PageUrls(), u => u != "/404.html" && !reachable.Contains(u));
    }

    [Fact]
    public void Build_SeedArchive_LinksCollectedWhileRenderingAreWhatThePagesHold()
    {
        Assert.Empty(CollectedLinks.Differences(_site));
    }

    [Fact]
    public void Build_SeedArchive_EveryInternalLinkAndFragmentResolves()
    {
        Assert.Empty(SiteLinks.Broken(_site));
    }

    [Fact]
    public void Build_SeedArchive_HasEveryRecordPage()
    {
        foreach (var (folder, prefix) in new[] { ("articles", "/articles/"), ("groups", "/groups/"), ("offers", "/offers/"), ("pages", "/") })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoRoot.SeedInput, folder), "*.md"))
            {
                var url = prefix + Path.GetFileNameWithoutExtension(file) + "/";
                Assert.True(_site.Exists(url), $"{url} was not published");
            }
        }
    }

    [Fact]
    public void OfferSourceQuotes_LinkToMarksThatLinkBackToTheOffer()
    {
        var offers = _site.PageUrls().Where(u => u.StartsWith("/offers/", StringComparison.Ordinal) && u != "/offers/").ToList();
        Assert.NotEmpty(offers);
        var checkedQuotes = 0;
        foreach (var offerUrl in offers)
        {
            var sources = _site.Page(offerUrl).QuerySelectorAll("#sources blockquote a[href]").Select(a => a.GetAttribute("href")!).ToList();
            Assert.True(sources.Count > 0, $"{offerUrl} shows no source quote");
            foreach (var href in sources)
            {
                var link = SiteLinks.Resolve(offerUrl, href);
                Assert.StartsWith("/articles/", link.TargetUrl);
                Assert.False(string.IsNullOrEmpty(link.Fragment), $"{offerUrl}: `{href}` names no passage");
                var article = _site.Page(link.TargetUrl!);
                Assert.True(MarkedPassages.Landing(article, link.Fragment!) is not null, $"{offerUrl}: `{href}` does not lead to a <mark>");
                // The passage's citation leads back to the very source on the offer page, which quotes this passage.
                var back = MarkedPassages.Citations(article, link.Fragment!).Select(a => SiteLinks.Resolve(link.TargetUrl!, a.GetAttribute("href")!))
                    .Single(l => l.TargetUrl == offerUrl);
                Assert.True(back.Fragment is { Length: > 0 }, $"{offerUrl}: the passage {href} links back to the offer but to no place on it");
                var entry = _site.Page(offerUrl).GetElementById(back.Fragment);
                Assert.True(entry is not null, $"{offerUrl}: the passage {href} links back to #{back.Fragment}, which is not on the offer page");
                Assert.Contains(href, entry.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
                checkedQuotes++;
            }
        }
        _output.WriteLine($"{checkedQuotes} quotes on {offers.Count} offers");
    }

    [Fact]
    public void ArticlePages_MarkEveryQuotedPassageOnce()
    {
        foreach (var url in _site.PageUrls().Where(u => u.StartsWith("/articles/", StringComparison.Ordinal) && u != "/articles/"))
        {
            var page = _site.Page(url);
            var ids = page.QuerySelectorAll("mark[id], .quote-anchor").Select(m => m.Id!).ToList();
            Assert.Equal(ids.Distinct(StringComparer.Ordinal).Count(), ids.Count);
            // Every id a mark answers to leads to that very passage, and every passage is marked with its ids once.
            Assert.All(page.QuerySelectorAll("mark[data-quote]"), m => Assert.All(m.GetAttribute("data-quote")!.Split(' '), id =>
                Assert.Equal(m.GetAttribute("data-quote"), MarkedPassages.Landing(page, id)?.GetAttribute("data-quote"))));
        }
    }

    [Fact]
    public void Build_SameInputTwice_ProducesByteIdenticalOutput()
    {
        using var again = TestSite.CopyOf(RepoRoot.SeedInput);
        again.BuildClean(allowWarnings: true);

        var first = Hashes(_site.OutputDir);
        var second = Hashes(again.OutputDir);

        Assert.Equal(first.Keys, second.Keys);
        Assert.Empty(first.Where(f => second[f.Key] != f.Value).Select(f => f.Key));
    }

    [Fact]
    public void Build_RebuildInPlace_ProducesByteIdenticalOutput()
    {
        using var site = TestSite.Valid();
        site.BuildClean();
        var first = Hashes(site.OutputDir);

        site.BuildClean();

        Assert.Equal(first, Hashes(site.OutputDir));
    }

    private static SortedDictionary<string, string> Hashes(string dir) =>
        new(Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(dir, p).Replace('\\', '/'), p => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p)))),
            StringComparer.Ordinal);
}
