using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Archive.Rendering.Citations;

/// <summary>
/// A calendar date that may be known only to the year or the month, as dates of news items often are.
/// <see cref="ToString"/> gives the ISO 8601 form: <c>2006-06-28</c>, <c>2006-06</c> or <c>2006</c>.
/// </summary>
/// <param name="Year">Year, 1 to 9999.</param>
/// <param name="Month">Month, 1 to 12, or null when only the year is known.</param>
/// <param name="Day">Day of the month, or null; a day needs a month.</param>
public sealed record CitationDate(int Year, int? Month = null, int? Day = null)
{
    public int Year { get; init; } = Year is >= 1 and <= 9999
        ? Year
        : throw new ArgumentOutOfRangeException(nameof(Year), Year, "The year must be between 1 and 9999.");

    public int? Month { get; init; } = Month is null or (>= 1 and <= 12)
        ? Month
        : throw new ArgumentOutOfRangeException(nameof(Month), Month, "The month must be between 1 and 12.");

    public int? Day { get; init; } = Day switch
    {
        null => null,
        _ when Month is null => throw new ArgumentException("A date with a day must also have a month.", nameof(Day)),
        >= 1 when Day <= DateTime.DaysInMonth(Year, Month.Value) => Day,
        _ => throw new ArgumentOutOfRangeException(nameof(Day), Day, $"{Year:D4}-{Month:D2} has no such day."),
    };

    /// <summary>The ISO 8601 form, as precise as the date is known.</summary>
    public override string ToString() => (Month, Day) switch
    {
        (null, _) => Year.ToString("D4", CultureInfo.InvariantCulture),
        (int m, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}"),
        (int m, int d) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}-{d:D2}"),
    };

    /// <summary>Reads <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    /// <exception cref="FormatException">The text is not such a date, or names a day that does not exist.</exception>
    public static CitationDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.");

    /// <summary>Reads <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; false for anything else.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out CitationDate? date)
    {
        date = null;
        if (text is null) return false;
        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2)) return false;

        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i])) return false;
        }

        var year = numbers[0];
        int? month = numbers.Length > 1 ? numbers[1] : null;
        int? day = numbers.Length > 2 ? numbers[2] : null;
        if (year < 1 || month is < 1 or > 12) return false;
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value))) return false;

        date = new CitationDate(year, month, day);
        return true;
    }
}
