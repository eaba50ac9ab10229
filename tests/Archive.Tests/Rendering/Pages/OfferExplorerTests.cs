using System.Text.Json;
using AngleSharp.Dom;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Rendering.Pages;

/// <summary>
/// <c>/offers/</c> as the server writes it: without JavaScript a complete list in time order with links to the
/// groups, the year and the terms; for the script, each row's keys (groups involved, form, status, terms with their
/// broader terms, sort date, the CSV record) and filters whose choices are counted. The script itself is exercised in
/// Chromium by <see cref="Theme.FindingBrowserTests"/>.
/// </summary>
public sealed class OfferExplorerTests : IClassFixture<TermPagesTests.Built>
{
    private readonly TestSite _site;
    private readonly IDocument _page;

    public OfferExplorerTests(TermPagesTests.Built built)
    {
        _site = built.Site;
        _page = _site.Page("/offers/");
    }

    private IElement Row(string offerId) =>
        _page.QuerySelectorAll("table.offers tbody tr").Single(r => r.QuerySelector("th a")!.GetAttribute("href") == $"/offers/{offerId}/");

    private static IReadOnlyList<string> Hrefs(IElement cell) => cell.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();

    private IElement Cell(string offerId, string label) => Row(offerId).QuerySelector($"[data-label='{label}']")!;

    [Fact]
    public void Explorer_WithoutScript_EveryOfferInTimeOrderAndTheControlsHidden()
    {
        var offers = _page.QuerySelectorAll("table.offers tbody th a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["/offers/march-truce/", "/offers/may-talks/"], offers);
        Assert.True(_page.QuerySelector("[data-explorer-controls]")!.HasAttribute("hidden"));
        Assert.True(_page.QuerySelector("[data-explorer-download]")!.HasAttribute("hidden"));
        Assert.Equal("2 offers, oldest first.", _page.QuerySelector("[data-explorer-status]")!.TextContent);
        Assert.Contains(_page.QuerySelectorAll("script"), s => s.GetAttribute("src") == "/assets/explorer.js");
    }

    [Fact]
    public void Row_LinksToTheDateYearGroupsAndTerms()
    {
        Assert.Equal(["/dates/2006/03/", "/dates/2006/"], Hrefs(Cell("march-truce", "Date")));
        Assert.Equal(["/groups/northern-brigade/"], Hrefs(Cell("march-truce", "By")));
        Assert.Equal(["/groups/state-government/"], Hrefs(Cell("march-truce", "To")));
        Assert.Equal(["/terms/local-truce/", "/terms/halt-attacks/"], Hrefs(Cell("march-truce", "Terms")));
        Assert.Equal("Unanswered", Cell("march-truce", "Status").TextContent);
        Assert.Equal(["/dates/2006/05/02/", "/dates/2006/"], Hrefs(Cell("may-talks", "Date")));
    }

    [Fact]
    public void Row_KeysForTheScript_GroupsInvolvedAndTermsWithTheirBroaderTerms()
    {
        var truce = Row("march-truce");

        // by, to and via: the mediating coalition is involved too.
        Assert.Equal(["northern-brigade", "resistance-front", "state-government"], truce.GetAttribute("data-groups")!.Split(' ').Order(StringComparer.Ordinal));
        Assert.Equal(["ceasefire", "halt-attacks", "local-truce", "regional-ceasefire"], truce.GetAttribute("data-terms")!.Split(' ').Order(StringComparer.Ordinal));
        Assert.Equal("2006", truce.GetAttribute("data-year"));
        Assert.Equal("conditional-offer", truce.GetAttribute("data-form"));
        Assert.Equal("unanswered", truce.GetAttribute("data-status"));
        Assert.Equal("2006-05-02", Row("may-talks").GetAttribute("data-sort"));
        Assert.True(string.CompareOrdinal(truce.GetAttribute("data-sort"), "2006-03-01") >= 0 && string.CompareOrdinal(truce.GetAttribute("data-sort"), "2006-03-31") <= 0);
    }

    [Fact]
    public void Row_RecordForTheCsv_HoldsTheOfferInWordsWithAnAbsoluteUrl()
    {
        var record = JsonSerializer.Deserialize<Dictionary<string, string>>(Row("march-truce").GetAttribute("data-record")!)!;

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["date"] = "2006-03",
                ["title"] = "Three-month truce offer",
                ["url"] = "https://archive.example.org/offers/march-truce/",
                ["by"] = "Northern Brigade",
                ["to"] = "State Government",
                ["via"] = "Resistance Front",
                ["form"] = "Conditional offer",
                ["status"] = "Unanswered",
                ["terms"] = "Local truce; Halt to attacks",
            },
            record);
    }

    [Fact]
    public void Filters_ChoicesCountTheOffersEachHolds()
    {
        string Choices(string name) => string.Join(", ", _page.QuerySelectorAll($"select[name={name}] option").Select(o => $"{o.GetAttribute("value")}={o.TextContent}"));

        Assert.Equal("=All, resistance-front=Resistance Front (2), state-government=State Government (2), northern-brigade=Northern Brigade (1)", Choices("group"));
        Assert.Equal("=All, 2006=2006 (2)", Choices("year"));
        Assert.Equal("=All, broken-off=Broken off (1), unanswered=Unanswered (1)", Choices("status"));
        Assert.Equal("=All, ceasefire=Ceasefire (1), regional-ceasefire=Ceasefire in a region (1), halt-attacks=Halt to attacks (1), local-truce=Local truce (1), talks=Talks (1)", Choices("term"));
    }
}
