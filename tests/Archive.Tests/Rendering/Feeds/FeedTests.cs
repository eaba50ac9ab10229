using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Archive.Tests.History;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Rendering.Feeds;

/// <summary>The Atom feeds read back with the standard library's Atom parser and checked against the fixture's records.</summary>
public sealed class FeedTests : IClassFixture<FeedTests.Built>
{
    public sealed class Built : IDisposable
    {
        public Built()
        {
            Site = VocabularySite.Create();
            Site.BuildClean();
        }

        internal TestSite Site { get; }

        public void Dispose() => Site.Dispose();
    }

    private const string Base = "https://archive.example.org/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly TestSite _site;

    public FeedTests(Built built) => _site = built.Site;

    private static SyndicationFeed Load(TestSite site, string url)
    {
        using var reader = XmlReader.Create(site.OutputPath(url));
        return SyndicationFeed.Load(reader);
    }

    [Fact]
    public void ArchiveFeed_HasEveryArticleAndOfferOnceWithItsPageAsId()
    {
        var feed = Load(_site, "/feed.xml");

        string[] expected =
        [
            Base + "articles/daily-report/", Base + "articles/weekly-analysis/", Base + "offers/march-truce/", Base + "offers/may-talks/",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), feed.Items.Select(i => i.Id).Order(StringComparer.Ordinal));
        Assert.All(feed.Items, i => Assert.Equal(i.Id, i.Links.Single(l => l.RelationshipType is null or "alternate").Uri.ToString()));
        Assert.All(feed.Items, i => Assert.False(string.IsNullOrWhiteSpace(((TextSyndicationContent)i.Summary).Text)));
        Assert.Equal(Base + "feed.xml", feed.Id);
        Assert.Equal(Base + "feed.xml", feed.Links.Single(l => l.RelationshipType == "self").Uri.ToString());
        Assert.Contains(feed.Authors, a => a.Name == "Test Editor");
    }

    [Fact]
    public void ArchiveFeed_IsValidAtomWithUpdatedOnEveryEntry()
    {
        var doc = XDocument.Load(_site.OutputPath("/feed.xml"));

        Assert.Equal(Atom + "feed", doc.Root!.Name);
        var entries = doc.Root.Elements(Atom + "entry").ToList();
        Assert.Equal(4, entries.Count);
        foreach (var entry in entries)
        {
            // RFC 4287 §4.1.2: every entry has exactly one id, title and updated.
            Assert.Single(entry.Elements(Atom + "id"));
            Assert.Single(entry.Elements(Atom + "title"));
            var updated = Assert.Single(entry.Elements(Atom + "updated")).Value;
            Assert.True(DateTimeOffset.TryParse(updated, System.Globalization.CultureInfo.InvariantCulture, out _), updated);
        }
        var feedUpdated = DateTimeOffset.Parse(doc.Root.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(entries.Max(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture)), feedUpdated);
    }

    [Fact]
    public void GroupFeed_HasTheOffersItTookPartInAndTheArticlesAboutIt()
    {
        // The state government received both offers and is the subject of the daily report.
        var government = Load(_site, "/groups/state-government/feed.xml");
        Assert.Equal([Base + "articles/daily-report/", Base + "offers/march-truce/", Base + "offers/may-talks/"],
            government.Items.Select(i => i.Id).Order(StringComparer.Ordinal));

        // The coalition made one offer, carried the other, and the weekly analysis is about it.
        var coalition = Load(_site, "/groups/resistance-front/feed.xml");
        Assert.Equal([Base + "articles/weekly-analysis/", Base + "offers/march-truce/", Base + "offers/may-talks/"],
            coalition.Items.Select(i => i.Id).Order(StringComparer.Ordinal));
        Assert.Equal(Base + "groups/resistance-front/", coalition.Links.Single(l => l.RelationshipType == "alternate").Uri.ToString());
    }

    [Fact]
    public void TermFeed_HasTheOffersAndArticlesFiledUnderItOrANarrowerTerm()
    {
        // The truce is filed under local-truce and halt-attacks, the daily report under regional-ceasefire: all below ceasefire.
        var ceasefire = Load(_site, "/terms/ceasefire/feed.xml");
        Assert.Equal([Base + "articles/daily-report/", Base + "offers/march-truce/"], ceasefire.Items.Select(i => i.Id).Order(StringComparer.Ordinal));
        Assert.Equal(Base + "terms/ceasefire/", ceasefire.Links.Single(l => l.RelationshipType == "alternate").Uri.ToString());
        Assert.StartsWith("Ceasefire: offers and articles", ceasefire.Title.Text, StringComparison.Ordinal);

        Assert.Equal([Base + "offers/may-talks/"], Load(_site, "/terms/talks/feed.xml").Items.Select(i => i.Id));
    }

    [Fact]
    public void EveryPage_NamesTheArchiveFeedInItsHead_AndGroupAndTermPagesTheirOwn()
    {
        foreach (var url in _site.PageUrls())
        {
            var feeds = _site.Page(url).QuerySelectorAll("head link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")).ToList();
            Assert.Contains("/feed.xml", feeds);
            if (url.StartsWith("/groups/", StringComparison.Ordinal) && url != "/groups/") Assert.Contains(url + "feed.xml", feeds);
            if (url.StartsWith("/terms/", StringComparison.Ordinal) && url != "/terms/") Assert.Contains(url + "feed.xml", feeds);
            Assert.All(feeds, f => Assert.True(_site.Exists(f!), $"{url} names a feed that is not published: {f}"));
        }
    }

    [Fact]
    public void Feed_TitleWithControlCharacters_StillParses()
    {
        using var site = TestSite.Valid(f => f.Replace(ValidSite.Truce, "title: \"Three-month truce offer\"", "title: \"Three-month\\b truce\\x01 offer ]]> </title> & co\""));
        site.BuildClean();

        var truce = Load(site, "/feed.xml").Items.Single(i => i.Id == Base + "offers/march-truce/");

        Assert.Equal("Three-month\uFFFD truce\uFFFD offer ]]> </title> & co", truce.Title.Text);
    }

    [Fact]
    public void ArchiveFeed_ManyRecords_HoldsTheNewestFifty()
    {
        using var site = TestSite.Valid(files =>
        {
            for (var i = 1; i <= 60; i++)
            {
                files[$"input/articles/extra-{i:D2}.md"] = $"---\ntitle: \"Extra {i}\"\nkind: news\nsource: \"Wire\"\npublished: \"2007-01-{(i % 28) + 1:D2}\"\nretrieved: \"2007-02-01\"\nsummary: \"Extra.\"\n---\n\nText {i}.\n";
            }
        });
        site.BuildClean();

        var feed = Load(site, "/feed.xml");

        Assert.Equal(50, feed.Items.Count());
        Assert.Equal(50, feed.Items.Select(i => i.Id).Distinct().Count());
        // Without git, an entry's time is the record's own date: the newest records come first.
        var dates = feed.Items.Select(i => i.PublishDate).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        Assert.DoesNotContain(feed.Items, i => i.Id.Contains("/offers/", StringComparison.Ordinal));
    }

    [Fact]
    public void Entries_InGit_AreUpdatedWhenTheirFileLastChangedAndPublishedWhenItWasAdded()
    {
        using var repo = TempGitRepo.Init();
        foreach (var (path, text) in ValidSite.Files()) repo.Write(path, text);
        repo.Commit("2026-01-05T10:00:00+00:00", "input");
        repo.Write(ValidSite.Talks, ValidSite.Files()[ValidSite.Talks].Replace("The coalition proposed talks.", "The coalition proposed talks in May.", StringComparison.Ordinal));
        repo.Commit("2026-02-07T12:30:00+00:00", ValidSite.Talks);

        var result = new SiteBuilder().Build(new BuildRequest(repo.Root, Path.Combine(repo.Root, "output")));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        using var reader = XmlReader.Create(Path.Combine(repo.Root, "output", "feed.xml"));
        var feed = SyndicationFeed.Load(reader);

        var talks = feed.Items.Single(i => i.Id == Base + "offers/may-talks/");
        Assert.Equal(DateTimeOffset.Parse("2026-02-07T12:30:00Z", System.Globalization.CultureInfo.InvariantCulture), talks.LastUpdatedTime);
        Assert.Equal(DateTimeOffset.Parse("2026-01-05T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture), talks.PublishDate);
        var truce = feed.Items.Single(i => i.Id == Base + "offers/march-truce/");
        Assert.Equal(DateTimeOffset.Parse("2026-01-05T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture), truce.LastUpdatedTime);
        Assert.Equal(talks.LastUpdatedTime, feed.LastUpdatedTime);
    }
}
