using System.Text.Json;
using Archive.Rendering.Citations;

namespace Archive.Tests.Rendering.Citations;

public sealed class CslJsonFormatterTests
{
    private static JsonElement Item(CitationRecord record)
    {
        using var doc = JsonDocument.Parse(CslJsonFormatter.Format(record));
        Assert.Equal(JsonValueKind.Array, doc.RootElement.ValueKind);
        Assert.Equal(1, doc.RootElement.GetArrayLength());
        return doc.RootElement[0].Clone();
    }

    private static int[] DateParts(JsonElement date) =>
        date.GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32()).ToArray();

    [Fact]
    public void Format_SignedAnalysis_HasCslFields()
    {
        var item = Item(CitationSamples.Porter);

        Assert.Equal("porter2006bush", item.GetProperty("id").GetString());
        Assert.Equal("article-magazine", item.GetProperty("type").GetString());
        Assert.Equal("Bush's Wavering Halts Insurgent Peace Talks", item.GetProperty("title").GetString());
        var author = Assert.Single(item.GetProperty("author").EnumerateArray());
        Assert.Equal("Porter", author.GetProperty("family").GetString());
        Assert.Equal("Gareth", author.GetProperty("given").GetString());
        Assert.False(author.TryGetProperty("literal", out _));
        Assert.Equal("Antiwar.com", item.GetProperty("container-title").GetString());
        Assert.Equal([2006, 5, 6], DateParts(item.GetProperty("issued")));
        Assert.False(item.GetProperty("issued").TryGetProperty("circa", out _));
        Assert.Equal([2026, 11, 21], DateParts(item.GetProperty("accessed")));
        Assert.Equal("https://www.antiwar.com/porter/?articleid=8957", item.GetProperty("URL").GetString());
        Assert.Equal("en", item.GetProperty("language").GetString());
        Assert.Equal(CitationSamples.PorterAbstract, item.GetProperty("abstract").GetString());
        Assert.False(item.TryGetProperty("publisher", out _));
        Assert.False(item.TryGetProperty("note", out _));
    }

    [Fact]
    public void Format_UnsignedNews_HasCircaAndNotes()
    {
        var item = Item(CitationSamples.Abc);

        Assert.Equal("2020-10-11-abc-att-shares-fall", item.GetProperty("id").GetString());
        Assert.Equal("article-newspaper", item.GetProperty("type").GetString());
        Assert.Equal(CitationSamples.AbcTitle, item.GetProperty("title").GetString());
        Assert.False(item.TryGetProperty("author", out _));
        Assert.Equal("ABC News", item.GetProperty("container-title").GetString());
        Assert.Equal("ABC News Internet Ventures", item.GetProperty("publisher").GetString());
        Assert.Equal([2020, 10, 11], DateParts(item.GetProperty("issued")));
        Assert.True(item.GetProperty("issued").GetProperty("circa").GetBoolean());
        Assert.False(item.TryGetProperty("accessed", out _));
        Assert.Equal(
            "Last updated 2023-12-13\nArchived copy: " + CitationSamples.AbcArchiveUrl,
            item.GetProperty("note").GetString());
    }

    [Fact]
    public void Format_Any_HasFixedPropertyOrder()
    {
        var names = Item(CitationSamples.Porter).EnumerateObject().Select(p => p.Name);
        Assert.Equal(
            ["id", "type", "title", "author", "container-title", "issued", "accessed", "URL", "language", "abstract"],
            names);
    }

    [Fact]
    public void Format_Any_IsIndentedWithCompactDateParts()
    {
        var json = CslJsonFormatter.Format(CitationSamples.Abc);
        Assert.StartsWith("[\n  {\n    \"id\": ", json);
        Assert.Contains("\"date-parts\": [[2020, 10, 11]]", json);
        Assert.EndsWith("]\n", json);
        Assert.DoesNotContain("\r", json);
    }

    [Fact]
    public void Format_LiteralAndPartialDate_WritesLiteralAndShortParts()
    {
        var item = Item(CitationSamples.Porter with
        {
            Authors = [CitationName.AsLiteral("Associated Press")],
            Issued = new CitationDate(2006, 5),
        });
        Assert.Equal("Associated Press", item.GetProperty("author")[0].GetProperty("literal").GetString());
        Assert.Equal([2006, 5], DateParts(item.GetProperty("issued")));
    }

    [Fact]
    public void Format_HostileText_StaysValidJsonAndKeepsUnicode()
    {
        const string title = "Quote \" back\\slash </script> \u0001 العراق – Ελλάδα \U0001F600";
        var record = CitationSamples.Porter with { Title = title + "\uD800" };
        var json = CslJsonFormatter.Format(record);

        Assert.Contains("العراق – Ελλάδα", json);
        var item = Item(record);
        // The control character collapsed into the surrounding spaces; the lone surrogate became U+FFFD.
        Assert.Equal("Quote \" back\\slash </script> العراق – Ελλάδα \U0001F600\uFFFD", item.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData(CitationKind.BlogPost, "post-weblog")]
    [InlineData(CitationKind.WebPage, "webpage")]
    [InlineData(CitationKind.Report, "report")]
    [InlineData(CitationKind.Dataset, "dataset")]
    public void Format_Kind_PicksCslType(CitationKind kind, string type)
    {
        Assert.Equal(type, Item(CitationSamples.Porter with { Kind = kind }).GetProperty("type").GetString());
    }
}
