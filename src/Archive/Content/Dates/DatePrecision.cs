namespace Archive.Content.Dates;

/// <summary>How finely an EDTF date is known: to the year, the month or the day.</summary>
public enum DatePrecision
{
    /// <summary>Only the year is given, e.g. <c>2006</c>.</summary>
    Year,

    /// <summary>Year and month are given, e.g. <c>2006-03</c>.</summary>
    Month,

    /// <summary>A full calendar day, e.g. <c>2006-03-01</c>.</summary>
    Day,
}
