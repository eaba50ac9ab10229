using System.Globalization;

namespace Archive.Content.Dates;

/// <summary>
/// URL paths of the date pages: <c>/dates/2006/</c>, <c>/dates/2006/05/</c>, <c>/dates/2006/05/06/</c>.
/// A record is listed on the page of its own precision and on every coarser one, so a day-dated record
/// shows up when browsing its month and year too.
/// </summary>
public static class DateRoute
{
    /// <summary>The path all date pages live under.</summary>
    public const string Root = "/dates/";

    /// <summary>The page for the date's own precision, e.g. <c>/dates/2006/05/06/</c>. Qualifiers do not change it.</summary>
    public static string UrlFor(EdtfPoint point) => point.Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Root}{point.Year:D4}/{point.Month:D2}/{point.Day:D2}/"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Root}{point.Year:D4}/{point.Month:D2}/"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Root}{point.Year:D4}/"),
    };

    /// <summary>The pages a record with this date appears on, coarsest first: year, then month, then day.</summary>
    public static IReadOnlyList<string> PagesFor(EdtfPoint point)
    {
        var year = new EdtfPoint(point.Year);
        return point.Precision switch
        {
            DatePrecision.Day => [UrlFor(year), UrlFor(new EdtfPoint(point.Year, point.Month)), UrlFor(point)],
            DatePrecision.Month => [UrlFor(year), UrlFor(point)],
            _ => [UrlFor(point)],
        };
    }
}
