using AngleSharp.Dom;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Rendering.Theme;

/// <summary>
/// Every front-matter field a page shows, filled with text that would break out of an attribute or open an element
/// if it were printed as it is. Built through the default theme and read back with AngleSharp: no element or
/// attribute appears that the theme did not write, and each field's text arrives exactly as the editor wrote it.
/// </summary>
public sealed class HostileTextTests : IClassFixture<HostileTextTests.HostileSite>
{
    /// <summary>Text that ends an attribute, adds one, opens an element and a script, with both quote marks and an ampersand.</summary>
    public static string Payload(string field) => $"{field} \"' data-hostile=\"1\" <x-hostile>&amp;</x-hostile><script>alert('{field}')</script>";

    /// <summary>A URL that stays a valid http URL for the content model yet ends its attribute when printed as it is.</summary>
    // `"`, `<` and `>` are refused in URLs when the input is read (see FieldReaderTests); what a URL may still hold, `'`
    // and `&`, must arrive whole in every attribute without closing it.
    public static string HostileUrl(string field) => $"https://evil.example/{field}?q='onmouseover='alert(1)'&x=%22%3E%3Cx-hostile%3E&amp;y='";

    public static readonly string[] TextFields =
    [
        "site.title", "site.description", "site.editors", "group.name", "group.name_native", "group.acronym", "group.aliases",
        "group.orientation", "group.regions", "group.summary", "relation.note", "article.title", "article.source",
        "article.authors", "article.summary", "note.note", "offer.title", "offer.offered", "offer.conditions", "offer.timeframe",
        "offer.duration", "offer.outcome", "event.what", "dispute.about", "dispute.note", "identifier.value", "page.title", "page.summary",
    ];

    public static readonly string[] UrlFields = ["site.repository", "article.url", "article.archived_url"];

    public sealed class HostileSite : IDisposable
    {
        internal TestSite Site { get; }

        internal IReadOnlyDictionary<string, IDocument> Pages { get; }

        public HostileSite()
        {
            Site = TestSite.Valid(Change);
            Site.BuildClean();
            Pages = Site.PageUrls().ToDictionary(u => u, Site.Page, StringComparer.Ordinal);
        }

        public void Dispose() => Site.Dispose();
    }

    private static string Yaml(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    internal static void Change(Dictionary<string, string> f)
    {
        f[ValidSite.SiteYml] = $"""
            title: {Yaml(Payload("site.title"))}
            description: {Yaml(Payload("site.description"))}
            base_url: "https://archive.example.org/"
            language: en
            editors:
              - {Yaml(Payload("site.editors"))}
            repository: {Yaml(HostileUrl("site.repository"))}

            """;
        f.Replace(ValidSite.Member, "name: \"Northern Brigade\"", $"""
            name: {Yaml(Payload("group.name"))}
            name_native: {Yaml(Payload("group.name_native"))}
            acronym: {Yaml(Payload("group.acronym"))}
            aliases:
              - {Yaml(Payload("group.aliases"))}
            orientation: {Yaml(Payload("group.orientation"))}
            regions:
              - {Yaml(Payload("group.regions"))}
            relations:
              - type: allied-with
                group: state-government
                note: {Yaml(Payload("relation.note"))}
            """);
        f.Replace(ValidSite.Member, "summary: \"An armed group in the north.\"", $"summary: {Yaml(Payload("group.summary"))}");
        f.Replace(ValidSite.Report, "title: \"Brigade offers truce\"", $"title: {Yaml(Payload("article.title"))}");
        f.Replace(ValidSite.Report, "source: \"The Daily Report\"", $"source: {Yaml(Payload("article.source"))}");
        f.Replace(ValidSite.Report, "  - \"A. Writer\"", $"  - {Yaml(Payload("article.authors"))}");
        f.Replace(ValidSite.Report, "url: \"https://news.example.com/truce\"",
            $"url: {Yaml(HostileUrl("article.url"))}\narchived_url: {Yaml(HostileUrl("article.archived_url"))}");
        f.Replace(ValidSite.Report, "summary: \"The brigade offers a truce to the government.\"", $"summary: {Yaml(Payload("article.summary"))}");
        f.Replace(ValidSite.Report, "note: \"Tuesday was March 14, 2006.\"", $"note: {Yaml(Payload("note.note"))}");
        f.Replace(ValidSite.Talks, "title: \"May talks proposal\"", $"title: {Yaml(Payload("offer.title"))}");
        f.Replace(ValidSite.Talks, "  - \"Open talks\"", $"""
              - {Yaml(Payload("offer.offered"))}
            conditions:
              - {Yaml(Payload("offer.conditions"))}
            timeframe: {Yaml(Payload("offer.timeframe"))}
            duration: {Yaml(Payload("offer.duration"))}
            outcome: {Yaml(Payload("offer.outcome"))}
            """);
        f.Replace(ValidSite.Talks, "what: \"Leaders meet government envoys.\"", $"what: {Yaml(Payload("event.what"))}");
        f.Replace(ValidSite.Talks, "about: \"the date of the first meeting\"", $"about: {Yaml(Payload("dispute.about"))}");
        f.Replace(ValidSite.Talks, "note: \"One source gives May 3.\"", $"note: {Yaml(Payload("dispute.note"))}");
        // ACLED ids are actors' names, so almost any one line of text is a valid one.
        f.AddFields(ValidSite.Government, $"identifiers:\n  acled_actor: {Yaml(Payload("identifier.value"))}");
        f.Replace(ValidSite.About, "title: \"About\"", $"title: {Yaml(Payload("page.title"))}");
        f.Replace(ValidSite.About, "summary: \"About this test archive.\"", $"summary: {Yaml(Payload("page.summary"))}");
    }

    private readonly HostileSite _site;

    public HostileTextTests(HostileSite site) => _site = site;

    [Fact]
    public void Pages_HostileText_OpensNoElement()
    {
        Assert.All(_site.Pages, p => Assert.Empty(p.Value.QuerySelectorAll("x-hostile")));
    }

    [Fact]
    public void Pages_HostileText_AddsNoAttribute()
    {
        Assert.All(_site.Pages, p => Assert.Empty(p.Value.QuerySelectorAll("[data-hostile]")));
    }

    [Fact]
    public void Pages_HostileText_AddsNoScript()
    {
        Assert.All(_site.Pages, p => Assert.All(p.Value.Scripts.Where(s => !ScriptScan.IsThemeScript(s)), s =>
        {
            Assert.Equal("application/ld+json", s.Type);
            System.Text.Json.JsonDocument.Parse(s.Text).Dispose();
        }));
    }

    [Theory]
    [MemberData(nameof(TextFieldNames))]
    public void Pages_TextField_ArrivesAsWritten(string field)
    {
        var payload = Payload(field);
        var where = _site.Pages.Where(p => p.Value.Body!.TextContent.Contains(payload, StringComparison.Ordinal)
                                           || p.Value.All.Any(e => e.Attributes.Any(a => a.Value.Contains(payload, StringComparison.Ordinal))))
            .Select(p => p.Key).ToList();

        Assert.True(where.Count > 0, $"no page shows {field} as it was written");
    }

    [Theory]
    [MemberData(nameof(UrlFieldNames))]
    public void Pages_UrlField_ArrivesWholeInLinks(string field)
    {
        var url = HostileUrl(field);
        var links = _site.Pages.SelectMany(p => p.Value.QuerySelectorAll("a[href]")).Select(a => a.GetAttribute("href")!).ToList();

        Assert.Contains(links, href => href.StartsWith(url, StringComparison.Ordinal));
    }

    public static TheoryData<string> TextFieldNames() => [.. TextFields];

    public static TheoryData<string> UrlFieldNames() => [.. UrlFields];
}
