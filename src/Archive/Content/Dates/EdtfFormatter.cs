using System.Globalization;

namespace Archive.Content.Dates;

/// <summary>
/// English display text for EDTF dates: "June 28, 2006", "c. March 2006", "2003 – present".
/// Approximate dates get a leading "c." and uncertain ones a trailing "?", as in catalogue practice.
/// </summary>
public static class EdtfFormatter
{
    /// <summary>The dash between the ends of an interval: an en dash with spaces, since the ends may contain spaces.</summary>
    public const string RangeSeparator = " \u2013 ";

    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>The English name of a month, 1 = "January".</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not 1–12.</exception>
    public static string MonthName(int month) =>
        month is >= 1 and <= 12
            ? MonthNames[month - 1]
            : throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be 1–12.");

    /// <summary>"2006", "March 2006" or "June 28, 2006", with "c. " for approximate and "?" for uncertain.</summary>
    public static string Format(EdtfPoint point) => Qualify(point, Bare(point));

    /// <summary>
    /// A single date as <see cref="Format(EdtfPoint)"/>; an interval as "start – end", with "present" for an
    /// open end, "?" for an unknown side and "until end" for an open start. Within one year the start drops
    /// its year: "January 16 – February 28, 2006".
    /// </summary>
    public static string Format(EdtfDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        if (!date.IsInterval)
            return Format(date.Point);

        if (date.StartOpen)
            return "until " + Format(date.End!.Value);
        var start = date.Start is { } s ? Format(s) : "?";
        if (date.EndOpen)
            return start + RangeSeparator + "present";
        if (date.End is not { } end)
            return start + RangeSeparator + "?";
        if (date.Start is { } known && ShareYear(known, end))
            return WithoutYear(known) + RangeSeparator + Format(end);
        return start + RangeSeparator + Format(end);
    }

    // Shortening only when the start has no qualifier keeps "c." and "?" unambiguous: in
    // "c. January 16 – February 28, 2006" a reader cannot tell which end is approximate.
    private static bool ShareYear(EdtfPoint start, EdtfPoint end) =>
        start.Year == end.Year
        && start.Precision != DatePrecision.Year
        && end.Precision != DatePrecision.Year
        && start.Qualifiers == DateQualifiers.None
        && start != end;

    private static string WithoutYear(EdtfPoint point) => point.Precision == DatePrecision.Day
        ? MonthName(point.Month!.Value) + " " + point.Day!.Value.ToString(CultureInfo.InvariantCulture)
        : MonthName(point.Month!.Value);

    private static string Bare(EdtfPoint point)
    {
        var year = point.Year.ToString(CultureInfo.InvariantCulture);
        return point.Precision switch
        {
            DatePrecision.Day => WithoutYear(point) + ", " + year,
            DatePrecision.Month => WithoutYear(point) + " " + year,
            _ => year,
        };
    }

    private static string Qualify(EdtfPoint point, string text) =>
        (point.IsApproximate ? "c. " : "") + text + (point.IsUncertain ? "?" : "");
}
