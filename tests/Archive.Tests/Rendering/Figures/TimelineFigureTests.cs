using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using Archive.Rendering.Figures;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Rendering.Figures;

/// <summary>
/// The timeline as published for the valid fixture (a March 2006 offer known to the month, a May 2, 2006 offer with
/// one step): marks in lanes by offering side, each a link with its date in its title; a date known only to the month
/// drawn as a dashed range and said so; steps as small marks linking to the step on the offer page; the year axis
/// linking to year pages; year pages showing their slice; group activity in its own section; past
/// <see cref="TimelineFigure.MaxMarks"/> offers, one mark per lane and year.
/// </summary>
public sealed class TimelineFigureTests : IClassFixture<SiteBuilderTests.BuiltFixture>
{
    private readonly TestSite _site;

    public TimelineFigureTests(SiteBuilderTests.BuiltFixture built) => _site = built.Site;

    private IElement Timeline(string url) => _site.Page(url).QuerySelector("svg.timeline-figure") ?? throw new Xunit.Sdk.XunitException($"no timeline on {url}");

    private static IReadOnlyList<(string Href, string Title, string Shape, string Class)> Marks(IElement svg) =>
        svg.QuerySelectorAll("a").Where(a => a.QuerySelector(".mark") is not null)
            .Select(a => (a.GetAttribute("href")!, a.QuerySelector("title")!.TextContent, a.QuerySelector(".mark")!.LocalName, a.QuerySelector(".mark")!.GetAttribute("class")!))
            .ToList();

    [Fact]
    public void Timeline_EveryOfferIsAMarkLinkingToItWithItsDateInWords()
    {
        var offers = Marks(Timeline("/dates/")).Where(m => !m.Class.Contains("event", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, offers.Count);
        var truce = Assert.Single(offers, m => m.Href == "/offers/march-truce/");
        Assert.Equal(("rect", "mark uncertain"), (truce.Shape, truce.Class));
        Assert.Equal("March 2006: Three-month truce offer (dated only to the month). Unanswered.", truce.Title);
        var talks = Assert.Single(offers, m => m.Href == "/offers/may-talks/");
        Assert.Equal(("circle", "mark"), (talks.Shape, talks.Class));
        Assert.StartsWith("May 2, 2006: May talks proposal.", talks.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_MonthDate_IsARangeAsWideAsTheMonth()
    {
        var svg = Timeline("/dates/2006/");
        var truce = svg.QuerySelectorAll("a").Single(a => a.GetAttribute("href") == "/offers/march-truce/").QuerySelector("rect")!;
        var talks = svg.QuerySelectorAll("a").Single(a => a.GetAttribute("href") == "/offers/may-talks/").QuerySelector("circle")!;
        double N(IElement e, string a) => double.Parse(e.GetAttribute(a)!, CultureInfo.InvariantCulture);

        // On the year page a month is one twelfth of the axis; May 2 falls just after the start of May.
        var month = N(truce, "width");
        Assert.True(month > 30, $"the March range is only {month} wide");
        Assert.InRange(N(talks, "cx"), N(truce, "x") + 2 * month, N(truce, "x") + 2.2 * month);
    }

    [Fact]
    public void Timeline_Step_IsASmallMarkLinkingToTheStepOnTheOfferPage()
    {
        var step = Assert.Single(Marks(Timeline("/dates/")), m => m.Class.Contains("event", StringComparison.Ordinal));

        Assert.Equal("/offers/may-talks/#event-1", step.Href);
        Assert.Equal("May 2, 2006: Leaders meet government envoys. (a step of “May talks proposal”)", step.Title);
        Assert.NotNull(_site.Page("/offers/may-talks/").GetElementById("event-1"));
    }

    [Fact]
    public void Timeline_LanesByOfferingSideInOrderOfTheirFirstOffer()
    {
        var lanes = Timeline("/dates/").Children.Where(e => e.LocalName == "text" && e.GetAttribute("text-anchor") == "end").Select(e => e.TextContent).ToList();

        Assert.Equal(["Northern Brigade", "Resistance Front"], lanes);
    }

    [Fact]
    public void Timeline_EveryLinkLeadsToAPageOrAStepThatExists()
    {
        foreach (var url in new[] { "/", "/dates/", "/dates/2006/" })
        {
            foreach (var a in Timeline(url).QuerySelectorAll("a"))
            {
                var link = SiteLinks.Resolve(url, a.GetAttribute("href")!);
                Assert.True(_site.Exists(link.TargetUrl!), $"{url}: {a.GetAttribute("href")} leads nowhere");
                if (link.Fragment is { } id) Assert.NotNull(_site.Page(link.TargetUrl!).GetElementById(id));
            }
        }
        Assert.Contains(Timeline("/dates/").QuerySelectorAll("a"), a => a.GetAttribute("href") == "/dates/2006/");
    }

    [Fact]
    public void Timeline_YearPagesShowTheirSliceAndAYearWithoutOffersNone()
    {
        Assert.Equal(["/offers/march-truce/", "/offers/may-talks/", "/offers/may-talks/#event-1"],
            Marks(Timeline("/dates/2006/")).Select(m => m.Href).Order(StringComparer.Ordinal));
        Assert.Equal(12, Timeline("/dates/2006/").QuerySelectorAll("text").Count(t => t.TextContent.Length == 3 && char.IsUpper(t.TextContent[0])));
        // 2005 holds only the coalition becoming active.
        Assert.Null(_site.Page("/dates/2005/").QuerySelector("svg.timeline-figure"));
    }

    [Fact]
    public void TimelinePage_GroupsBecomingActive_HaveTheirOwnSection()
    {
        var page = _site.Page("/dates/");

        var activity = page.GetElementById("groups-active")!;
        Assert.Contains(activity.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/groups/resistance-front/");
        var others = page.QuerySelectorAll("main section").Where(s => s.Id != "groups-active").SelectMany(s => s.QuerySelectorAll("a"));
        Assert.DoesNotContain(others, a => a.GetAttribute("href") == "/groups/resistance-front/");
    }

    [Fact]
    public void Timeline_PastTheLimit_OneMarkPerLaneAndYearWithItsCount()
    {
        var count = TimelineFigure.MaxMarks + 1;
        var files = ValidSite.Files();
        files["input/articles/ledger.md"] = "---\ntitle: \"Ledger\"\nkind: document\nsource: \"Ledger\"\npublished: \"2006\"\nsummary: \"Many offers.\"\n---\n\n"
            + string.Join("\n\n", Enumerable.Range(0, count).Select(i => $"Offer number {i} was made."));
        for (var i = 0; i < count; i++)
        {
            var by = i % 3 == 0 ? "northern-brigade" : "resistance-front";
            var date = new DateOnly(2006 + i % 2, 1 + i % 12, 1 + i % 28).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            files[$"input/offers/offer-{i:000}.md"] = new StringBuilder()
                .Append($"---\ntitle: \"Offer {i}\"\ndate: \"{date}\"\nform: unilateral-declaration\nby:\n  - {by}\noffered:\n  - \"A halt\"\nstatus: reported\n")
                .Append($"sources:\n  - article: ledger\n    quote: \"Offer number {i} was made.\"\n---\n").ToString();
        }
        using var site = TestSite.Create(files);
        site.BuildClean(allowWarnings: true);

        var marks = Marks(site.Page("/dates/").QuerySelector("svg.timeline-figure")!);

        // Two lanes over two years, and nothing drawn per offer or per step.
        Assert.Equal(4, marks.Count);
        Assert.All(marks, m => Assert.Matches(@"^\d+ offers by (Northern Brigade|Resistance Front) in 200[67]$", m.Title));
        Assert.Equal(count + 2, marks.Sum(m => int.Parse(m.Title.Split(' ')[0], CultureInfo.InvariantCulture)));
        Assert.All(marks, m => Assert.Matches("^/dates/200[67]/$", m.Href));
    }
}
