using System.Globalization;

namespace Archive.Bench.Corpus;

/// <summary>
/// A date as the corpus writes it: a calendar day shown at year, month or day precision, optionally uncertain
/// (<c>?</c>) or approximate (<c>~</c>). <see cref="Edtf"/> is what Archive reads; <see cref="HugoDate"/> is the
/// plain date Hugo needs (the first day of the period).
/// </summary>
internal sealed record EdtfDay(DateOnly Day, DatePrecision Precision, string Qualifier)
{
    public string Edtf => Precision switch
    {
        DatePrecision.Year => Day.ToString("yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => Day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    } + Qualifier;

    public string HugoDate => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The first day of the period the date names.</summary>
    public DateOnly Start => Precision switch
    {
        DatePrecision.Year => new DateOnly(Day.Year, 1, 1),
        DatePrecision.Month => new DateOnly(Day.Year, Day.Month, 1),
        _ => Day,
    };

    public string YearTerm => Day.ToString("yyyy", CultureInfo.InvariantCulture);

    public string? MonthTerm => Precision == DatePrecision.Year ? null : Day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public string? DayTerm => Precision == DatePrecision.Day ? Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    /// <summary>A day in 2003–2024, mostly at day precision, with a few qualified dates.</summary>
    public static EdtfDay Random(Rng rng, int firstYear = 2003, int lastYear = 2024)
    {
        var start = new DateOnly(firstYear, 1, 1).DayNumber;
        var end = new DateOnly(lastYear, 12, 31).DayNumber;
        return Around(rng, DateOnly.FromDayNumber(start + rng.Next(end - start + 1)));
    }

    /// <summary><paramref name="day"/> at a drawn precision and qualifier (70 % day, 20 % month, 10 % year; 5 % ?, 3 % ~).</summary>
    public static EdtfDay Around(Rng rng, DateOnly day)
    {
        var p = rng.NextDouble();
        var precision = p < 0.70 ? DatePrecision.Day : p < 0.90 ? DatePrecision.Month : DatePrecision.Year;
        var q = rng.NextDouble();
        var qualifier = q < 0.05 ? "?" : q < 0.08 ? "~" : "";
        return new EdtfDay(day, precision, qualifier);
    }
}

internal enum DatePrecision
{
    Year,
    Month,
    Day,
}
