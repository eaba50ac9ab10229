using Archive.Linking;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Linking;

public sealed class DateIndexTests
{
    [Fact]
    public void Dates_MonthPrecisionOffer_IsOnYearAndMonthPagesOnly()
    {
        var dates = Linked.Valid().Site.Dates;

        Assert.Contains(dates.Find("/dates/2006/")!.Entries, e => e.Url == "/offers/march-truce/");
        Assert.Contains(dates.Find("/dates/2006/03/")!.Entries, e => e.Url == "/offers/march-truce/");
        Assert.All(dates.Pages.Where(p => p.IsDay), p => Assert.DoesNotContain(p.Entries, e => e.Url == "/offers/march-truce/"));
        Assert.Equal("/dates/2006/03/", dates.LinkFor(Linked.Valid().Site.Offer("march-truce")!.Date.Point));
    }

    [Fact]
    public void Dates_DayPrecisionArticle_IsOnYearMonthAndDayPages()
    {
        var dates = Linked.Valid().Site.Dates;

        foreach (var url in new[] { "/dates/2006/", "/dates/2006/03/", "/dates/2006/03/15/" })
        {
            Assert.Contains(dates.Find(url)!.Entries, e => e.Url == "/articles/daily-report/");
        }
    }

    [Fact]
    public void Dates_Pages_AreExactlyThoseWithEntries()
    {
        var dates = Linked.Valid().Site.Dates;

        Assert.Equal(
            ["/dates/2005/", "/dates/2006/", "/dates/2006/03/", "/dates/2006/03/15/", "/dates/2006/04/", "/dates/2006/05/", "/dates/2006/05/02/", "/dates/2006/05/10/"],
            dates.Pages.Select(p => p.Url));
        Assert.False(dates.Has("/dates/2006/03/01/"));
        Assert.Null(dates.Find("/dates/2007/"));
    }

    [Fact]
    public void Dates_EventsAndResponses_LinkToTheirAnchorOnTheOfferPage()
    {
        var day = Linked.Valid().Site.Dates.Find("/dates/2006/05/02/")!;
        Assert.Contains(day.Entries, e => e.Kind == DatedEntryKind.Event && e.Url == "/offers/may-talks/#event-1");
        Assert.Contains(day.Entries, e => e.Kind == DatedEntryKind.Offer && e.Url == "/offers/may-talks/");

        var response = Assert.Single(Linked.Valid().Site.Dates.Find("/dates/2006/05/10/")!.Entries);
        Assert.Equal((DatedEntryKind.Response, "/offers/may-talks/#response-1", "State Government: rejected"), (response.Kind, response.Url, response.Title));
    }

    [Fact]
    public void Dates_GroupActiveFromOpenInterval_IsListedWhenItBegins()
    {
        var entries = Linked.Valid().Site.Dates.Find("/dates/2005/")!.Entries;

        var entry = Assert.Single(entries);
        Assert.Equal((DatedEntryKind.Group, "Resistance Front becomes active"), (entry.Kind, entry.Title));
        Assert.DoesNotContain(Linked.Valid().Site.Dates.All, e => e.Title.Contains("ceases", StringComparison.Ordinal));
    }

    [Fact]
    public void Dates_All_IsInTimeOrder()
    {
        var all = Linked.Valid().Site.Dates.All;

        Assert.Equal(all.OrderBy(e => e.Point.Earliest).Select(e => e.Url), all.Select(e => e.Url));
    }

    [Fact]
    public void Dates_Children_OfYearAreMonthsOfMonthAreDays()
    {
        var dates = Linked.Valid().Site.Dates;

        Assert.Equal(["/dates/2006/03/", "/dates/2006/04/", "/dates/2006/05/"], dates.Children(dates.Find("/dates/2006/")!).Select(p => p.Url));
        Assert.Equal(["/dates/2006/05/02/", "/dates/2006/05/10/"], dates.Children(dates.Find("/dates/2006/05/")!).Select(p => p.Url));
        Assert.Empty(dates.Children(dates.Find("/dates/2006/04/")!));
    }

    [Fact]
    public void LinkFor_DayWithoutOwnPage_FallsBackToCoarserPage()
    {
        var dates = Linked.Valid().Site.Dates;

        Assert.Equal("/dates/2006/03/", dates.LinkFor(Archive.Content.Dates.EdtfDate.Parse("2006-03-20").Point));
        Assert.Equal("/dates/2006/", dates.LinkFor(Archive.Content.Dates.EdtfDate.Parse("2006-11-20").Point));
        Assert.Null(dates.LinkFor(Archive.Content.Dates.EdtfDate.Parse("1999").Point));
    }
}
