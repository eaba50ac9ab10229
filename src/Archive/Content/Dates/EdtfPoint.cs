using System.Globalization;

namespace Archive.Content.Dates;

/// <summary>
/// One EDTF date (level 0 plus a level-1 qualifier): a year, a month or a day, such as
/// <c>2006</c>, <c>2006-03~</c> or <c>2006-06-28?</c>.
/// </summary>
/// <remarks>
/// The constructor rejects impossible dates, so every instance built through it is a real calendar
/// date. Years run from 0001 to 9999 because <see cref="DateOnly"/> cannot represent year 0000.
/// <c>default(EdtfPoint)</c> has year 0 and is not a valid value.
/// </remarks>
/// <param name="Year">Year, 1–9999.</param>
/// <param name="Month">Month, 1–12, or null for year precision.</param>
/// <param name="Day">Day of the month, or null for year or month precision; requires <paramref name="Month"/>.</param>
/// <param name="Qualifiers">Uncertain and/or approximate.</param>
public readonly record struct EdtfPoint(int Year, int? Month, int? Day, DateQualifiers Qualifiers)
{
    // Get-only properties, so `with` cannot route around the calendar checks below.

    /// <summary>Year, 1–9999.</summary>
    public int Year { get; } = CheckYear(Year);

    /// <summary>Month, 1–12, or null for year precision.</summary>
    public int? Month { get; } = CheckMonth(Month);

    /// <summary>Day of the month, or null for year or month precision.</summary>
    public int? Day { get; } = CheckDay(Year, Month, Day);

    /// <summary>Uncertain and/or approximate.</summary>
    public DateQualifiers Qualifiers { get; } = CheckQualifiers(Qualifiers);

    /// <summary>An unqualified date.</summary>
    public EdtfPoint(int year, int? month = null, int? day = null)
        : this(year, month, day, DateQualifiers.None)
    {
    }

    /// <summary>Whether the date is given to the year, month or day.</summary>
    public DatePrecision Precision =>
        Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day the date covers: 2006-03 starts on 2006-03-01.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date covers: 2006-02 ends on 2006-02-28, 2006 on 2006-12-31.</summary>
    public DateOnly Latest => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year, Month!.Value, Day!.Value),
        DatePrecision.Month => new DateOnly(Year, Month!.Value, DateTime.DaysInMonth(Year, Month.Value)),
        _ => new DateOnly(Year, 12, 31),
    };

    /// <summary>True for <c>?</c> and <c>%</c>.</summary>
    public bool IsUncertain => (Qualifiers & DateQualifiers.Uncertain) != 0;

    /// <summary>True for <c>~</c> and <c>%</c>.</summary>
    public bool IsApproximate => (Qualifiers & DateQualifiers.Approximate) != 0;

    /// <summary>ISO 8601 text without any qualifier: <c>2006</c>, <c>2006-03</c> or <c>2006-03-01</c>.</summary>
    public string ToIso() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>Canonical EDTF text, e.g. <c>2006-03~</c>.</summary>
    public override string ToString() => ToIso() + QualifierSuffix(Qualifiers);

    /// <summary>The EDTF character for a set of qualifiers: "", "?", "~" or "%".</summary>
    internal static string QualifierSuffix(DateQualifiers qualifiers) => qualifiers switch
    {
        DateQualifiers.Uncertain => "?",
        DateQualifiers.Approximate => "~",
        DateQualifiers.Uncertain | DateQualifiers.Approximate => "%",
        _ => "",
    };

    private static int CheckYear(int year) =>
        year is >= 1 and <= 9999 ? year : throw new ArgumentOutOfRangeException(nameof(Year), year, "Year must be 1–9999.");

    private static int? CheckMonth(int? month) =>
        month is null or (>= 1 and <= 12) ? month : throw new ArgumentOutOfRangeException(nameof(Month), month, "Month must be 1–12.");

    private static int? CheckDay(int year, int? month, int? day)
    {
        if (day is null)
            return null;
        if (month is null)
            throw new ArgumentException("A day needs a month.", nameof(Day));
        // Year and month are checked by their own initialisers first; guard anyway so a bad month
        // reports itself rather than surfacing as a DaysInMonth failure.
        if (year is < 1 or > 9999 || month is < 1 or > 12)
            return day;
        var days = DateTime.DaysInMonth(year, month.Value);
        return day >= 1 && day <= days
            ? day
            : throw new ArgumentOutOfRangeException(nameof(Day), day, $"Day must be 1–{days} for {year:D4}-{month:D2}.");
    }

    private static DateQualifiers CheckQualifiers(DateQualifiers qualifiers) =>
        (qualifiers & ~(DateQualifiers.Uncertain | DateQualifiers.Approximate)) == 0
            ? qualifiers
            : throw new ArgumentOutOfRangeException(nameof(Qualifiers), qualifiers, "Unknown qualifier flags.");
}
