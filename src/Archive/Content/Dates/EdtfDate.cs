namespace Archive.Content.Dates;

/// <summary>
/// An EDTF date as written in a record's front matter: a single <see cref="EdtfPoint"/>
/// (<c>2006-06-28?</c>) or an interval (<c>2006-01-16/2006-02-28</c>, <c>2003/..</c>, <c>../2006</c>,
/// <c>2003/</c>). Create one with <see cref="TryParse"/>, <see cref="FromPoint"/> or <see cref="Between"/>.
/// </summary>
/// <remarks>An interval always has at least one known end, so <see cref="Point"/> is always defined.</remarks>
public sealed record EdtfDate
{
    private EdtfDate(EdtfPoint? start, EdtfPoint? end, bool isInterval, bool startOpen, bool endOpen)
    {
        Start = start;
        End = end;
        IsInterval = isInterval;
        StartOpen = startOpen;
        EndOpen = endOpen;
    }

    /// <summary>The single date, or the start of an interval; null when the start is open or unknown.</summary>
    public EdtfPoint? Start { get; }

    /// <summary>The end of an interval; null for a single date and for an open or unknown end.</summary>
    public EdtfPoint? End { get; }

    /// <summary>True when the text had a <c>/</c>.</summary>
    public bool IsInterval { get; }

    /// <summary>The interval has no start bound (<c>../2006</c>).</summary>
    public bool StartOpen { get; }

    /// <summary>The interval runs on with no end (<c>2003/..</c>).</summary>
    public bool EndOpen { get; }

    /// <summary>The interval's start is not known (<c>/2006</c>).</summary>
    public bool StartUnknown => IsInterval && Start is null && !StartOpen;

    /// <summary>The interval's end is not known (<c>2003/</c>).</summary>
    public bool EndUnknown => IsInterval && End is null && !EndOpen;

    /// <summary>
    /// The date that stands for this one on date pages: the single date, or the start of an interval,
    /// or, when the start is open or unknown, its end.
    /// </summary>
    public EdtfPoint Point => Start ?? End!.Value;

    /// <summary>
    /// The key that orders records in time: the first day of the start, or <see cref="DateOnly.MinValue"/>
    /// when an interval's start is open or unknown, so such records sort first.
    /// </summary>
    public DateOnly SortKey => Start?.Earliest ?? DateOnly.MinValue;

    /// <summary>A single date.</summary>
    public static EdtfDate FromPoint(EdtfPoint point) => new(point, null, false, false, false);

    /// <summary>A closed interval.</summary>
    /// <exception cref="ArgumentException">The start begins after the end has finished.</exception>
    public static EdtfDate Between(EdtfPoint start, EdtfPoint end)
    {
        if (!InOrder(start, end))
            throw new ArgumentException($"Interval starts ({start}) after it ends ({end}).", nameof(start));
        return new(start, end, true, false, false);
    }

    /// <summary>Parses EDTF text, explaining in <paramref name="error"/> what is wrong when it fails.</summary>
    /// <param name="text">The text; leading and trailing whitespace is ignored.</param>
    /// <param name="date">The date, or null on failure.</param>
    /// <param name="error">A message for the editor, or null on success.</param>
    public static bool TryParse(string? text, out EdtfDate? date, out string? error) =>
        EdtfParser.TryParse(text, out date, out error);

    /// <summary>Parses EDTF text that is known to be valid, e.g. in tests and code.</summary>
    /// <exception cref="FormatException">The text is not a supported EDTF date.</exception>
    public static EdtfDate Parse(string text) =>
        TryParse(text, out var date, out var error) ? date! : throw new FormatException(error);

    /// <summary>Canonical EDTF text, e.g. <c>2006-03~</c> or <c>2003/..</c>.</summary>
    public override string ToString() =>
        IsInterval ? Side(Start, StartOpen) + "/" + Side(End, EndOpen) : Start!.Value.ToString();

    // Intervals whose ends share a period are fine (2006/2006-05): only a start that begins after the
    // end has finished is impossible.
    internal static bool InOrder(EdtfPoint start, EdtfPoint end) => start.Earliest <= end.Latest;

    internal static EdtfDate Interval(EdtfPoint? start, EdtfPoint? end, bool startOpen, bool endOpen) =>
        new(start, end, true, startOpen, endOpen);

    private static string Side(EdtfPoint? point, bool open) => open ? ".." : point?.ToString() ?? "";
}
