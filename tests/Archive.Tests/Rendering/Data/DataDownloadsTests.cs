using System.Text.Json;
using Archive.Tests.Infrastructure;
using Microsoft.VisualBasic.FileIO;

namespace Archive.Tests.Rendering.Data;

/// <summary>
/// The data downloads read back with standard parsers (System.Text.Json, the framework's RFC 4180 TextFieldParser)
/// and checked against the fixture: counts, keys, references, the data package's schemas and the Data page.
/// </summary>
public sealed class DataDownloadsTests : IClassFixture<DataDownloadsTests.Built>
{
    public sealed class Built : IDisposable
    {
        public Built()
        {
            Site = VocabularySite.Create(f => f.Replace(ValidSite.Member, "kind: armed-group", "kind: armed-group\nname_native: \"لواء الشمال\"\nidentifiers:\n  wikidata: Q42"));
            Site.BuildClean();
        }

        internal TestSite Site { get; }

        public void Dispose() => Site.Dispose();
    }

    private const string Base = "https://archive.example.org/";
    private static readonly string[] Tables = ["offers", "articles", "groups", "terms", "offer-parties", "offer-sources", "group-ties"];
    private readonly TestSite _site;

    public DataDownloadsTests(Built built) => _site = built.Site;

    private JsonDocument Json(string file) => JsonDocument.Parse(File.ReadAllBytes(_site.OutputPath("/data/" + file)));

    private List<string[]> Csv(string file)
    {
        using var parser = new TextFieldParser(_site.OutputPath("/data/" + file), System.Text.Encoding.UTF8)
        {
            TextFieldType = FieldType.Delimited,
            HasFieldsEnclosedInQuotes = true,
            TrimWhiteSpace = false,
        };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData) rows.Add(parser.ReadFields()!);
        return rows;
    }

    private List<Dictionary<string, string>> Rows(string file)
    {
        var rows = Csv(file);
        return rows.Skip(1).Select(r => rows[0].Zip(r).ToDictionary(x => x.First, x => x.Second, StringComparer.Ordinal)).ToList();
    }

    [Theory]
    [InlineData("articles.json", "articles", new[] { "daily-report", "weekly-analysis" })]
    [InlineData("groups.json", "groups", new[] { "northern-brigade", "resistance-front", "state-government" })]
    [InlineData("offers.json", "offers", new[] { "march-truce", "may-talks" })]
    [InlineData("terms.json", "terms", new[] { "ceasefire", "halt-attacks", "local-truce", "regional-ceasefire", "talks" })]
    public void JsonDownload_HoldsEveryRecordById_WithVersionAndCount(string file, string key, string[] ids)
    {
        using var doc = Json(file);
        var root = doc.RootElement;

        Assert.Equal(ids, root.GetProperty(key).EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(ids.Length, root.GetProperty("count").GetInt32());
        Assert.Equal(Base + "data/" + file, root.GetProperty("url").GetString());
        Assert.Equal("unversioned", root.GetProperty("version").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("license").ValueKind);
        Assert.All(root.GetProperty(key).EnumerateArray(), r => Assert.StartsWith(Base, r.GetProperty("page_url").GetString()));
    }

    [Fact]
    public void OffersJson_CarriesClaimsQuotesWithMarkedPassagesAndDisputes()
    {
        using var doc = Json("offers.json");
        var offers = doc.RootElement.GetProperty("offers").EnumerateArray().ToDictionary(o => o.GetProperty("id").GetString()!);

        var truce = offers["march-truce"];
        var by = Assert.Single(truce.GetProperty("by").EnumerateArray());
        Assert.Equal("northern-brigade", by.GetProperty("group").GetProperty("id").GetString());
        Assert.Equal(Base + "groups/northern-brigade/", by.GetProperty("group").GetProperty("page_url").GetString());
        Assert.Equal("confirmed", by.GetProperty("certainty").GetString());
        Assert.Equal(JsonValueKind.Null, by.GetProperty("source").ValueKind);
        Assert.Equal("2006-03", truce.GetProperty("date").GetString());
        Assert.Equal("2006-03-01", truce.GetProperty("date_start").GetString());
        Assert.Equal("2006-03-31", truce.GetProperty("date_end").GetString());

        var sources = truce.GetProperty("sources").EnumerateArray().ToList();
        Assert.Equal(2, sources.Count);
        foreach (var source in sources)
        {
            var passage = source.GetProperty("passage_url").GetString()!;
            Assert.StartsWith(Base + "articles/daily-report/#q-march-truce", passage);
            Assert.StartsWith("https://news.example.com/truce#:~:text=", source.GetProperty("original_url").GetString());
            AssertMarked(passage, source.GetProperty("quote").GetString()!);
        }

        var dispute = Assert.Single(offers["may-talks"].GetProperty("disputes").EnumerateArray());
        var positions = dispute.GetProperty("positions").EnumerateArray().ToList();
        Assert.Equal(["weekly-analysis", "daily-report"], positions.Select(p => p.GetProperty("article").GetProperty("id").GetString()));
        Assert.Equal("One source gives May 3.", positions[1].GetProperty("note").GetString());
        foreach (var p in positions) AssertMarked(p.GetProperty("passage_url").GetString()!, p.GetProperty("quote").GetString()!);
        Assert.Equal(Base + "offers/may-talks/#response-1", offers["may-talks"].GetProperty("responses")[0].GetProperty("page_url").GetString());
    }

    /// <summary>The passage URL's fragment is a mark on the article page that holds the quoted words.</summary>
    private void AssertMarked(string passageUrl, string quote)
    {
        var (url, anchor) = (passageUrl[(Base.Length - 1)..passageUrl.IndexOf('#')], passageUrl[(passageUrl.IndexOf('#') + 1)..]);
        var marks = _site.Page(url).QuerySelectorAll($"mark[data-quote='{anchor}']");
        Assert.NotEmpty(marks);
        Assert.Equal(Normalize(quote), Normalize(string.Concat(marks.Select(m => m.TextContent))));
    }

    private static string Normalize(string s) => string.Join(' ', s.Replace('“', '"').Replace('”', '"').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void GroupsJson_CarriesMembershipIdentifiersAndNativeNames()
    {
        using var doc = Json("groups.json");
        var member = doc.RootElement.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("id").GetString() == "northern-brigade");

        Assert.Equal("لواء الشمال", member.GetProperty("name_native").GetString());
        var parent = Assert.Single(member.GetProperty("member_of").EnumerateArray());
        Assert.Equal("resistance-front", parent.GetProperty("group").GetProperty("id").GetString());
        var id = Assert.Single(member.GetProperty("identifiers").EnumerateArray());
        Assert.Equal("wikidata", id.GetProperty("scheme").GetString());
        Assert.Equal("https://www.wikidata.org/wiki/Q42", id.GetProperty("url").GetString());
        // Written as it is, not as \u escapes, so the file reads in any editor.
        Assert.Contains("لواء الشمال", File.ReadAllText(_site.OutputPath("/data/groups.json")));
    }

    [Fact]
    public void ArticlesJson_HasTheTextAndEveryQuotedPassage()
    {
        using var doc = Json("articles.json");
        var report = doc.RootElement.GetProperty("articles").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "daily-report");

        Assert.Contains("three-month truce", report.GetProperty("body").GetString());
        var roles = report.GetProperty("quoted_passages").EnumerateArray().Select(p => p.GetProperty("role").GetString()).Order().ToList();
        Assert.Equal(["dispute-position", "note", "source", "source"], roles);
        Assert.Equal("Tuesday was March 14, 2006.", Assert.Single(report.GetProperty("notes").EnumerateArray()).GetProperty("note").GetString());
    }

    [Theory]
    [InlineData("offers.csv", 2)]
    [InlineData("articles.csv", 2)]
    [InlineData("groups.csv", 3)]
    [InlineData("offer-parties.csv", 5)]
    [InlineData("offer-sources.csv", 3)]
    [InlineData("group-ties.csv", 1)]
    [InlineData("terms.csv", 5)]
    public void CsvDownload_HasAHeaderAndOneRowPerRecord_AllOfEqualWidth(string file, int rows)
    {
        var csv = Csv(file);

        Assert.Equal(rows + 1, csv.Count);
        Assert.All(csv, r => Assert.Equal(csv[0].Length, r.Length));
        var bytes = File.ReadAllBytes(_site.OutputPath("/data/" + file));
        Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF, "the file starts with a byte-order mark");
        Assert.Contains("\r\n", System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void OffersCsv_JoinsListsWithSemicolonsAndQuotesFieldsThatNeedIt()
    {
        var talks = Rows("offers.csv").Single(r => r["id"] == "may-talks");
        Assert.Equal("resistance-front", talks["by"]);
        Assert.Equal("broken-off", talks["status"]);
        Assert.Equal("1", talks["dispute_count"]);

        var quotes = Rows("offer-sources.csv").Where(r => r["offer_id"] == "march-truce").Select(r => r["quote"]).ToList();
        Assert.Contains("the brigade \"would halt all attacks\"", quotes);
    }

    [Fact]
    public void Terms_InTheOfferAndArticleTables_AndTheirOwnTableWithBroaderTermsAndCounts()
    {
        Assert.Equal("local-truce; halt-attacks", Rows("offers.csv").Single(r => r["id"] == "march-truce")["terms"]);
        Assert.Equal("regional-ceasefire", Rows("articles.csv").Single(r => r["id"] == "daily-report")["terms"]);
        var terms = Rows("terms.csv").ToDictionary(r => r["id"]);
        Assert.Equal("", terms["ceasefire"]["broader"]);
        Assert.Equal("regional-ceasefire", terms["local-truce"]["broader"]);
        // The truce is filed under two narrower terms of ceasefire and counts once there.
        Assert.Equal(("1", "1"), (terms["ceasefire"]["offer_count"], terms["ceasefire"]["article_count"]));
        Assert.Equal(("1", "0"), (terms["local-truce"]["offer_count"], terms["local-truce"]["article_count"]));
        Assert.Equal(Base + "terms/talks/", terms["talks"]["page_url"]);

        using var offers = Json("offers.json");
        var truce = offers.RootElement.GetProperty("offers").EnumerateArray().Single(o => o.GetProperty("id").GetString() == "march-truce");
        var first = truce.GetProperty("terms")[0];
        Assert.Equal(("local-truce", "Local truce", Base + "terms/local-truce/"),
            (first.GetProperty("id").GetString(), first.GetProperty("label").GetString(), first.GetProperty("page_url").GetString()));
        using var vocabulary = Json("terms.json");
        var regional = vocabulary.RootElement.GetProperty("terms").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "regional-ceasefire");
        Assert.Equal("ceasefire", regional.GetProperty("broader").GetProperty("id").GetString());
        Assert.Equal(["march-truce"], regional.GetProperty("offers").EnumerateArray().Select(o => o.GetProperty("id").GetString()));
        Assert.Equal(["daily-report"], regional.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
    }

    [Fact]
    public void DataPackage_DescribesEveryCsvColumnInOrder_WithKeysThatHold()
    {
        using var package = Json("datapackage.json");
        var resources = package.RootElement.GetProperty("resources").EnumerateArray().ToList();
        var tables = resources.Where(r => r.TryGetProperty("schema", out _)).ToDictionary(r => r.GetProperty("name").GetString()!);
        Assert.Equal(Tables.Order(StringComparer.Ordinal), tables.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("test-archive", package.RootElement.GetProperty("name").GetString());

        var data = Tables.ToDictionary(t => t, t => Rows(t + ".csv"));
        foreach (var (name, resource) in tables)
        {
            var schema = resource.GetProperty("schema");
            var fields = schema.GetProperty("fields").EnumerateArray().ToList();
            Assert.Equal(Csv(resource.GetProperty("path").GetString()!)[0], fields.Select(f => f.GetProperty("name").GetString()));
            Assert.All(fields, f => Assert.Contains(f.GetProperty("type").GetString(), new[] { "string", "integer", "date" }));
            Assert.All(fields, f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("description").GetString())));

            var key = schema.GetProperty("primaryKey");
            var keyFields = key.ValueKind == JsonValueKind.String ? [key.GetString()!] : key.EnumerateArray().Select(k => k.GetString()!).ToArray();
            var keys = data[name].Select(r => string.Join('\u001f', keyFields.Select(k => r[k]))).ToList();
            Assert.Equal(keys.Count, keys.Distinct().Count());

            foreach (var fk in schema.GetProperty("foreignKeys").EnumerateArray())
            {
                var field = fk.GetProperty("fields").GetString()!;
                var target = fk.GetProperty("reference");
                var known = data[target.GetProperty("resource").GetString()!].Select(r => r[target.GetProperty("fields").GetString()!]).ToHashSet();
                Assert.All(data[name].Select(r => r[field]).Where(v => v.Length > 0), v => Assert.Contains(v, known));
            }
        }
        foreach (var resource in resources)
        {
            Assert.True(_site.Exists("/data/" + resource.GetProperty("path").GetString()), $"the package names a missing file {resource.GetProperty("path")}");
        }
    }

    [Fact]
    public void DataPage_NamesEveryCsvColumnAndEveryJsonField_AndSaysNoLicenceIsStated()
    {
        var page = _site.Page("/data/");
        var named = page.QuerySelectorAll("main code").Select(c => c.TextContent).ToHashSet(StringComparer.Ordinal);

        foreach (var table in Tables) Assert.All(Csv(table + ".csv")[0], column => Assert.Contains(column, named));
        foreach (var file in new[] { "articles.json", "groups.json", "offers.json", "terms.json" })
        {
            using var doc = Json(file);
            var keys = new HashSet<string>(StringComparer.Ordinal);
            Collect(doc.RootElement, keys);
            Assert.All(keys, k => Assert.True(named.Contains(k), $"{file}: the Data page does not explain `{k}`"));
        }
        Assert.Contains("not stated a licence", page.QuerySelector("#licence")!.TextContent);
        Assert.Contains("unversioned", page.QuerySelector("#version")!.TextContent);
        Assert.Equal(Tables.Length, page.QuerySelectorAll("#tables section.download").Length);
    }

    private static void Collect(JsonElement e, HashSet<string> keys)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in e.EnumerateObject())
            {
                keys.Add(p.Name);
                Collect(p.Value, keys);
            }
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray()) Collect(item, keys);
        }
    }

    [Fact]
    public void Downloads_WithALicenceStated_CarryItInEveryFileAndOnTheDataPage()
    {
        using var site = TestSite.Valid(f => f[ValidSite.SiteYml] += "license: \"CC BY 4.0\"\nlicense_url: \"https://creativecommons.org/licenses/by/4.0/\"\n");
        site.BuildClean();

        using var package = JsonDocument.Parse(File.ReadAllBytes(site.OutputPath("/data/datapackage.json")));
        var licence = Assert.Single(package.RootElement.GetProperty("licenses").EnumerateArray());
        Assert.Equal("CC BY 4.0", licence.GetProperty("title").GetString());
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", licence.GetProperty("path").GetString());
        using var offers = JsonDocument.Parse(File.ReadAllBytes(site.OutputPath("/data/offers.json")));
        Assert.Equal("CC BY 4.0", offers.RootElement.GetProperty("license").GetString());
        Assert.Contains("under CC BY 4.0", site.Page("/data/").QuerySelector("#licence")!.TextContent);
    }
}
