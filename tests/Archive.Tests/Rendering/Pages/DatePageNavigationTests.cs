using Archive.Tests.Infrastructure;

namespace Archive.Tests.Rendering.Pages;

/// <summary>
/// A date page's "Previous" and "Next" lead to the nearest page of the same precision (year to year, month to month,
/// day to day), skipping the pages of other precisions between them in time order, across years.
/// </summary>
public sealed class DatePageNavigationTests(SiteBuilderTests.BuiltFixture fixture) : IClassFixture<SiteBuilderTests.BuiltFixture>
{
    private readonly TestSite _site = fixture.Site;

    // The valid fixture's date pages: 2005; 2006 with months 03, 04, 05, and days 2006-03-15, 2006-05-02, 2006-05-10.
    [Theory]
    [InlineData("/dates/2005/", null, "/dates/2006/")]
    [InlineData("/dates/2006/", "/dates/2005/", null)]
    [InlineData("/dates/2006/03/", null, "/dates/2006/04/")]
    [InlineData("/dates/2006/04/", "/dates/2006/03/", "/dates/2006/05/")]
    [InlineData("/dates/2006/05/", "/dates/2006/04/", null)]
    [InlineData("/dates/2006/03/15/", null, "/dates/2006/05/02/")]
    [InlineData("/dates/2006/05/02/", "/dates/2006/03/15/", "/dates/2006/05/10/")]
    [InlineData("/dates/2006/05/10/", "/dates/2006/05/02/", null)]
    public void DatePage_PreviousAndNext_AreTheNearestPagesOfItsPrecision(string url, string? previous, string? next)
    {
        var pager = _site.Page(url).QuerySelector("nav.pager");
        Assert.Equal(previous, pager?.QuerySelector("a.prev")?.GetAttribute("href"));
        Assert.Equal(next, pager?.QuerySelector("a.next")?.GetAttribute("href"));
    }
}
