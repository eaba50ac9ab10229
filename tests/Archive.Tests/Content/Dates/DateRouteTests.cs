using Archive.Content.Dates;

namespace Archive.Tests.Content.Dates;

public sealed class DateRouteTests
{
    [Theory]
    [InlineData("2006", "/dates/2006/")]
    [InlineData("2006-03~", "/dates/2006/03/")]
    [InlineData("2006-05-06", "/dates/2006/05/06/")]
    [InlineData("2006-12-31%", "/dates/2006/12/31/")]
    [InlineData("0042-01-02", "/dates/0042/01/02/")]
    public void UrlFor_Point_IsPageOfItsPrecision(string text, string expected)
    {
        Assert.Equal(expected, DateRoute.UrlFor(EdtfDate.Parse(text).Point));
    }

    [Theory]
    [InlineData("2006-05-06", new[] { "/dates/2006/", "/dates/2006/05/", "/dates/2006/05/06/" })]
    [InlineData("2006-03~", new[] { "/dates/2006/", "/dates/2006/03/" })]
    [InlineData("2006?", new[] { "/dates/2006/" })]
    public void PagesFor_Point_ListsOwnAndCoarserPages(string text, string[] expected)
    {
        Assert.Equal(expected, DateRoute.PagesFor(EdtfDate.Parse(text).Point));
    }
}
