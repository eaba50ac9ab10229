using System.Text.Json;
using AngleSharp.Html.Parser;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Rendering.Annotations;

/// <summary>
/// The W3C Web Annotations read back as JSON and checked against the published pages: one annotation per quote and
/// per inline note, each exact quote at its position in the page body's text content, prefix and suffix around it.
/// </summary>
public sealed class WebAnnotationTests : IClassFixture<WebAnnotationTests.Built>
{
    public sealed class Built : IDisposable
    {
        public Built()
        {
            Site = TestSite.Valid(f => f.Replace(ValidSite.Analysis, "Analysts say the Resistance Front", "[Analysts say]{note=\"The analysts are not named.\"} the Resistance Front"));
            Site.BuildClean();
        }

        internal TestSite Site { get; }

        public void Dispose() => Site.Dispose();
    }

    private const string Base = "https://archive.example.org/";
    private readonly TestSite _site;

    public WebAnnotationTests(Built built) => _site = built.Site;

    private List<JsonElement> Items(string url)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(_site.OutputPath(url)));
        var root = doc.RootElement.Clone();
        Assert.Equal("http://www.w3.org/ns/anno.jsonld", root.GetProperty("@context").GetString());
        Assert.Equal("AnnotationCollection", root.GetProperty("type").GetString());
        var items = root.GetProperty("first").GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(items.Count, root.GetProperty("total").GetInt32());
        return items;
    }

    [Fact]
    public void Collection_HasOneAnnotationPerQuoteAndInlineNote_AndIsThePerArticleFilesTogether()
    {
        var all = Items("/data/annotations.jsonld");

        // Two sources of the truce, one of the talks, two sides of its dispute, the report's note, the analysis's inline note.
        Assert.Equal(7, all.Count);
        Assert.Equal(all.Count, all.Select(a => a.GetProperty("id").GetString()).Distinct().Count());
        var perArticle = new[] { "daily-report", "weekly-analysis" }.SelectMany(id => Items($"/articles/{id}/annotations.jsonld")).ToList();
        Assert.Equal(all.Select(a => a.GetProperty("id").GetString()).Order(StringComparer.Ordinal), perArticle.Select(a => a.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        Assert.All(all, a => Assert.Equal("Annotation", a.GetProperty("type").GetString()));
    }

    [Fact]
    public void Annotations_BodiesLinkTheCitingRecordOrCarryTheNote()
    {
        var all = Items("/data/annotations.jsonld");
        var byMotivation = all.ToLookup(a => a.GetProperty("motivation").GetString());

        Assert.Equal(2, byMotivation["commenting"].Count());
        Assert.Contains(byMotivation["commenting"], a => a.GetProperty("body").EnumerateArray().Any(b => b.GetProperty("value").GetString() == "The analysts are not named."));
        Assert.Contains(byMotivation["commenting"], a => a.GetProperty("body").EnumerateArray().Any(b => b.GetProperty("value").GetString() == "Tuesday was March 14, 2006."));
        Assert.Equal(5, byMotivation["linking"].Count());
        Assert.All(byMotivation["linking"], a => Assert.Contains(a.GetProperty("body").EnumerateArray(), b =>
            b.TryGetProperty("id", out var id) && id.GetString()!.StartsWith(Base + "offers/", StringComparison.Ordinal)));
    }

    [Fact]
    public void OnOurPage_ExactIsAtItsPositionInTheBodyTextAndPrefixAndSuffixSurroundIt()
    {
        var checkedCount = 0;
        foreach (var id in new[] { "daily-report", "weekly-analysis" })
        {
            var url = $"/articles/{id}/";
            var html = File.ReadAllText(_site.OutputPath(url));
            var body = new HtmlParser(new HtmlParserOptions { IsScripting = true }).ParseDocument(html).Body!;
            var text = body.TextContent.EnumerateRunes().Select(r => r.ToString()).ToArray();
            string Slice(int from, int to) => string.Concat(text[Math.Max(0, from)..Math.Min(text.Length, to)]);

            foreach (var annotation in Items(url + "annotations.jsonld"))
            {
                var target = annotation.GetProperty("target").EnumerateArray().Single(t => t.GetProperty("source").GetString() == Base + url.TrimStart('/'));
                var selectors = target.GetProperty("selector").EnumerateArray().ToList();
                var quote = selectors.Single(s => s.GetProperty("type").GetString() == "TextQuoteSelector");
                var position = selectors.Single(s => s.GetProperty("type").GetString() == "TextPositionSelector");
                var (start, end) = (position.GetProperty("start").GetInt32(), position.GetProperty("end").GetInt32());
                var exact = quote.GetProperty("exact").GetString()!;
                var prefix = quote.GetProperty("prefix").GetString()!;
                var suffix = quote.GetProperty("suffix").GetString()!;

                Assert.Equal(exact, Slice(start, end));
                Assert.Equal(prefix, Slice(start - prefix.EnumerateRunes().Count(), start));
                Assert.Equal(suffix, Slice(end, end + suffix.EnumerateRunes().Count()));
                Assert.True(prefix.EnumerateRunes().Count() is > 0 and <= 32, $"prefix `{prefix}`");
                Assert.True(suffix.EnumerateRunes().Count() is > 0 and <= 32, $"suffix `{suffix}`");
                checkedCount++;
            }
        }
        Assert.Equal(7, checkedCount);
    }

    [Fact]
    public void InTheOriginal_OnlyWhereTheUrlIsKnown_WithTheSourcesOwnWords()
    {
        foreach (var annotation in Items("/articles/daily-report/annotations.jsonld"))
        {
            var original = annotation.GetProperty("target").EnumerateArray().Single(t => t.GetProperty("source").GetString() == "https://news.example.com/truce");
            var quote = original.GetProperty("selector");
            Assert.Equal("TextQuoteSelector", quote.GetProperty("type").GetString());
            var words = quote.GetProperty("prefix").GetString() + quote.GetProperty("exact").GetString() + quote.GetProperty("suffix").GetString();
            Assert.DoesNotContain("Editor’s note", words);
            Assert.DoesNotContain("offer", quote.GetProperty("suffix").GetString()!.Split(' ')[0]);
        }
        var truce = Items("/articles/daily-report/annotations.jsonld").Single(a => a.GetProperty("id").GetString()!.EndsWith("#q-march-truce-2", StringComparison.Ordinal));
        var selector = truce.GetProperty("target").EnumerateArray().Last().GetProperty("selector");
        Assert.Equal("the brigade “would halt all attacks”", selector.GetProperty("exact").GetString());
        Assert.Equal(" during the truce.", selector.GetProperty("suffix").GetString());

        // The weekly analysis has no URL: its annotations target the archive's page alone.
        Assert.All(Items("/articles/weekly-analysis/annotations.jsonld"), a => Assert.Single(a.GetProperty("target").EnumerateArray()));
    }

    [Fact]
    public void MetadataOnlyArticle_IsAnnotatedInTheOriginalOnly()
    {
        using var site = TestSite.Valid(f => f.AddFields(ValidSite.Report, "rights: metadata-only"));
        site.BuildClean();

        using var doc = JsonDocument.Parse(File.ReadAllBytes(site.OutputPath("/articles/daily-report/annotations.jsonld")));
        var items = doc.RootElement.GetProperty("first").GetProperty("items").EnumerateArray().ToList();

        Assert.NotEmpty(items);
        Assert.All(items, a => Assert.Equal("https://news.example.com/truce", Assert.Single(a.GetProperty("target").EnumerateArray()).GetProperty("source").GetString()));
        var halt = items.Single(a => a.GetProperty("id").GetString()!.EndsWith("#q-march-truce-2", StringComparison.Ordinal));
        Assert.Equal("the brigade “would halt all attacks”", halt.GetProperty("target")[0].GetProperty("selector").GetProperty("exact").GetString());
    }
}
