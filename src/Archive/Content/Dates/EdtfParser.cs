using System.Globalization;
using System.Text.RegularExpressions;

namespace Archive.Content.Dates;

/// <summary>
/// Reads the archive's EDTF subset and, when text is not in it, says what the editor probably meant.
/// Messages quote the offending text in backticks and end with what to write instead.
/// </summary>
internal static partial class EdtfParser
{
    private const string Forms = "write a year (2006), a month (2006-06) or a day (2006-06-28)";
    private const string QualifierChars = "?~%";

    public static bool TryParse(string? text, out EdtfDate? date, out string? error)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "no date given; " + Forms;
            return false;
        }

        // Stray whitespace around a YAML value is a copy-paste accident, not a different date.
        var s = text.Trim();
        error = WholeTextProblem(s);
        if (error is not null)
            return false;

        var slash = s.IndexOf('/');
        if (slash < 0)
        {
            if (!TryParsePoint(s, out var point, out error))
                return false;
            date = EdtfDate.FromPoint(point);
            return true;
        }
        return TryParseInterval(s, s[..slash], s[(slash + 1)..], out date, out error);
    }

    /// <summary>Mistakes that only make sense looking at the whole text: times, other date orders, sets.</summary>
    private static string? WholeTextProblem(string s)
    {
        var time = DateWithTime().Match(s);
        if (time.Success)
            return $"`{s}` has a time of day; archive dates stop at the day: write {time.Groups[1].Value}";
        if (s.Contains(':'))
            return $"`{s}` has a time of day; archive dates stop at the day; " + Forms;

        if (s[0] is '[' or '{')
            return $"`{s}` is an EDTF set, which the archive does not support; pick one date or use an interval such as 2006/2008";

        var other = OtherOrder().Match(s);
        if (other.Success)
            return OtherOrderMessage(s, other.Groups[1].Value, other.Groups[3].Value, other.Groups[4].Value);

        var slashed = YearFirstWithOtherSeparator().Match(s);
        if (slashed.Success)
        {
            var fixedText = slashed.Groups[1].Value + "-" + Pad(slashed.Groups[3].Value)
                + (slashed.Groups[4].Success ? "-" + Pad(slashed.Groups[4].Value) : "");
            return $"`{s}` is not an EDTF date; separate year, month and day with `-`: write {fixedText}";
        }

        if (s.IndexOfAny(['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212']) >= 0)
        {
            var asInterval = ReplaceDashes(s, "/");
            if (TryParse(asInterval, out var interval, out _))
                return $"`{s}` uses a dash between two dates; use `/` for an interval: write {interval}";
            var asHyphen = ReplaceDashes(s, "-");
            if (TryParse(asHyphen, out var hyphenated, out _))
                return $"`{s}` uses a typographic dash; use a plain hyphen `-`: write {hyphenated}";
            return $"`{s}` is not an EDTF date; " + Forms;
        }

        if (s.Any(char.IsWhiteSpace))
        {
            var compact = new string([.. s.Where(c => !char.IsWhiteSpace(c))]);
            if (TryParse(compact, out var compacted, out _))
                return $"`{s}` has spaces in it; write {compacted}";
        }

        if (s.Count(c => c == '/') > 1)
            return $"`{s}` has more than one `/`; an interval has exactly one, e.g. 2006-01-16/2006-02-28";

        return null;
    }

    private static bool TryParseInterval(string s, string left, string right, out EdtfDate? date, out string? error)
    {
        date = null;
        if (!TryParseSide(left, isStart: true, out var start, out var startOpen, out error))
            return false;
        if (!TryParseSide(right, isStart: false, out var end, out var endOpen, out error))
        {
            // `2006/06` is more likely a month with the wrong separator than an interval.
            if (start is { Precision: DatePrecision.Year } && right.Length is 1 or 2 && right.All(char.IsAsciiDigit))
                error = $"`{s}` is not an interval: `{right}` is not a year; for a month write {start.Value.ToIso()}-{Pad(right)}{EdtfPoint.QualifierSuffix(start.Value.Qualifiers)}";
            return false;
        }

        if (start is null && end is null)
        {
            error = $"`{s}` has no known date; an interval needs at least one, e.g. 2003/.. or ../2006";
            return false;
        }
        if (start is { } a && end is { } b && !EdtfDate.InOrder(a, b))
        {
            error = $"`{s}` is not a valid interval: it starts ({a}) after it ends ({b})";
            return false;
        }

        date = EdtfDate.Interval(start, end, startOpen, endOpen);
        error = null;
        return true;
    }

    private static bool TryParseSide(string side, bool isStart, out EdtfPoint? point, out bool open, out string? error)
    {
        point = null;
        open = false;
        error = null;
        var which = isStart ? "start" : "end";
        var example = isStart ? "../2006" : "2003/..";

        if (side.Length == 0)
            return true;
        if (side == "..")
        {
            open = true;
            return true;
        }
        if (side is "." or "..." or "\u2026" || OpenWords.Contains(side))
        {
            error = $"`{side}` is not an EDTF open {which}; use `..` for an open {which}, e.g. {example}";
            return false;
        }
        if (side is "?" or "??" || UnknownWords.Contains(side))
        {
            var emptyExample = isStart ? "/2006" : "2003/";
            error = $"`{side}` is not an EDTF unknown {which}; leave the {which} empty for an unknown {which}, e.g. {emptyExample} (or use `..` for an open {which})";
            return false;
        }

        if (!TryParsePoint(side, out var p, out error))
            return false;
        point = p;
        return true;
    }

    private static readonly HashSet<string> OpenWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "open", "present", "now", "today", "ongoing", "current", "continuing", "since", "onwards",
    };

    private static readonly HashSet<string> UnknownWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "unknown", "unk", "n/a", "na", "none", "null", "tbd",
    };

    private static bool TryParsePoint(string p, out EdtfPoint point, out string? error)
    {
        point = default;
        error = PointProblem(p, out var year, out var month, out var day, out var qualifiers);
        if (error is not null)
            return false;
        point = new EdtfPoint(year, month, day, qualifiers);
        return true;
    }

    /// <summary>Null when <paramref name="p"/> is a valid date; otherwise the message for it.</summary>
    private static string? PointProblem(string p, out int year, out int? month, out int? day, out DateQualifiers qualifiers)
    {
        year = 0;
        month = null;
        day = null;
        qualifiers = DateQualifiers.None;
        var generic = $"`{p}` is not an EDTF date; " + Forms;

        // Spaced-out digits are a typing slip; spaces between words mean prose such as "June 28, 2006".
        if (p.Any(char.IsWhiteSpace))
            return p.Any(char.IsLetter) ? generic : $"`{p}` has spaces in it; " + Forms;

        var trailing = 0;
        while (trailing < p.Length && QualifierChars.Contains(p[p.Length - 1 - trailing]))
            trailing++;
        var core = p[..^trailing];
        var all = Qualifiers(p);
        if (core.IndexOfAny(QualifierChars.ToCharArray()) >= 0)
            return $"`{p}` qualifies part of the date; the archive allows one qualifier at the end of the whole date: write {Strip(p)}{EdtfPoint.QualifierSuffix(all)}";
        if (trailing > 1)
            return $"`{p}` has more than one qualifier; use one of `?` (uncertain), `~` (approximate) or `%` (both): write {core}{EdtfPoint.QualifierSuffix(all)}";
        qualifiers = all;

        if (core.Length == 0)
            return generic;
        if (core == "..")
        {
            return trailing > 0
                ? $"`{p}`: `..` marks an open end of an interval and takes no qualifier"
                : "`..` on its own is not a date; it marks an open end of an interval, e.g. 2003/.. or ../2006";
        }
        if (core[0] == '-' && core.Length > 1 && char.IsAsciiDigit(core[1]))
            return $"`{p}` is a negative (BCE) year, which the archive does not support; years run from 0001 to 9999";
        if (core[0] is 'Y' or 'y' && core.Length > 1 && (char.IsAsciiDigit(core[1]) || core[1] == '-'))
            return $"`{p}` uses a long year (`Y`), which the archive does not support; years run from 0001 to 9999";
        if (core.Contains('X') || core.Contains('x'))
            return UnspecifiedMessage(p, core);
        if (SignificantDigits().IsMatch(core))
            return $"`{p}` uses significant digits (`S`), which the archive does not support; use `~` for an approximate year, e.g. {core[..4]}~";

        var parts = core.Split('-');
        if (parts.Length > 3 || parts.Any(part => part.Length == 0 || !part.All(char.IsAsciiDigit)))
            return generic;

        if (parts.Length == 3 && parts[0].Length <= 2 && parts[1].Length <= 2 && parts[2].Length == 4)
            return OtherOrderMessage(p, parts[0], parts[1], parts[2]);

        var y = parts[0];
        if (parts.Length == 1 && y.Length is 6 or 8)
        {
            var split = y[..4] + "-" + y[4..6] + (y.Length == 8 ? "-" + y[6..] : "");
            return $"`{p}` is not an EDTF date; separate year, month and day with `-`: write {split}";
        }
        if (y.Length < 4)
            return $"`{p}` is not an EDTF date: years have four digits (write {y.PadLeft(4, '0')} for the year {int.Parse(y, CultureInfo.InvariantCulture)})";
        if (y.Length > 4)
            return $"`{p}` is not an EDTF date: years have four digits (0001 to 9999)";

        if (parts.Length == 2 && parts[1].Length == 4)
            return $"`{p}` is not an EDTF date; use `/` between the two ends of an interval: write {y}/{parts[1]}";
        if (parts.Skip(1).Any(part => part.Length == 1))
            return $"`{p}` is not an EDTF date; months and days take two digits: write {string.Join('-', parts.Select(Pad))}{EdtfPoint.QualifierSuffix(all)}";
        if (parts.Length > 1 && parts[1].Length != 2)
            return $"`{p}` is not an EDTF date: months take two digits (01 to 12)";
        if (parts.Length > 2 && parts[2].Length != 2)
            return $"`{p}` is not an EDTF date: days take two digits";

        year = int.Parse(y, CultureInfo.InvariantCulture);
        if (year == 0)
            return $"`{p}` is not supported: years run from 0001 to 9999 (there is no year 0000 in the archive)";
        if (parts.Length == 1)
            return null;

        var m = int.Parse(parts[1], CultureInfo.InvariantCulture);
        if (m is >= 21 and <= 41)
            return $"`{p}` is an EDTF season or quarter, which the archive does not support; use a month, or an interval of months such as {y}-03/{y}-05";
        if (m is < 1 or > 12)
            return $"`{core}` is not a date: months run from 01 to 12";
        month = m;
        if (parts.Length == 2)
            return null;

        var d = int.Parse(parts[2], CultureInfo.InvariantCulture);
        var days = DateTime.DaysInMonth(year, m);
        if (d == 0)
            return $"`{core}` is not a date: days start at 01";
        if (d > days)
            return $"`{core}` is not a date: {EdtfFormatter.MonthName(m)} {y} has {days} days";
        day = d;
        return null;
    }

    /// <summary>`201X` means a span of years; say which interval to write instead.</summary>
    private static string UnspecifiedMessage(string p, string core)
    {
        const string Unsupported = "uses unspecified digits (`X`), which the archive does not support";
        if (core.Length == 4 && UnspecifiedYear().IsMatch(core) && core[0] is not ('X' or 'x'))
        {
            var from = core.Replace('X', '0').Replace('x', '0');
            var to = core.Replace('X', '9').Replace('x', '9');
            return $"`{p}` {Unsupported}; use an interval instead: write {from}/{to}";
        }
        return $"`{p}` {Unsupported}; give the part that is known (e.g. 2006 or 2006-06), or an interval";
    }

    /// <summary>Month-first or day-first dates with a four-digit year at the end.</summary>
    private static string OtherOrderMessage(string s, string first, string second, string year)
    {
        var a = int.Parse(first, CultureInfo.InvariantCulture);
        var b = int.Parse(second, CultureInfo.InvariantCulture);
        var monthFirst = $"{year}-{Pad(first)}-{Pad(second)}";
        var dayFirst = $"{year}-{Pad(second)}-{Pad(first)}";
        var start = $"`{s}` is not an EDTF date; ";
        return (a, b) switch
        {
            _ when a == b && a is >= 1 and <= 12 => start + "write " + monthFirst,
            ( >= 1 and <= 12, > 12 and <= 31) => start + "write " + monthFirst,
            ( > 12 and <= 31, >= 1 and <= 12) => start + "write " + dayFirst,
            ( >= 1 and <= 12, >= 1 and <= 12) => start + $"write year-month-day: {monthFirst} if the month comes first, {dayFirst} if the day does",
            _ => start + "write year-month-day, e.g. 2006-06-28",
        };
    }

    private static DateQualifiers Qualifiers(string p)
    {
        var q = DateQualifiers.None;
        foreach (var c in p)
        {
            q |= c switch
            {
                '?' => DateQualifiers.Uncertain,
                '~' => DateQualifiers.Approximate,
                '%' => DateQualifiers.Uncertain | DateQualifiers.Approximate,
                _ => DateQualifiers.None,
            };
        }
        return q;
    }

    private static string Strip(string p) => new([.. p.Where(c => !QualifierChars.Contains(c))]);

    private static string Pad(string digits) => digits.Length == 1 ? "0" + digits : digits;

    private static string ReplaceDashes(string s, string with) =>
        DashWithSpaces().Replace(s, with);

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})(?:[Tt]|\s+)\d")]
    private static partial Regex DateWithTime();

    [GeneratedRegex(@"^(\d{1,2})([/.])(\d{1,2})\2(\d{4})$")]
    private static partial Regex OtherOrder();

    [GeneratedRegex(@"^(\d{4})([/.])(\d{1,2})(?:\2(\d{1,2}))?$")]
    private static partial Regex YearFirstWithOtherSeparator();

    [GeneratedRegex(@"^\d{4}[Ss]\d+$")]
    private static partial Regex SignificantDigits();

    [GeneratedRegex(@"^\d*[Xx]+$")]
    private static partial Regex UnspecifiedYear();

    [GeneratedRegex(@"\s*[\u2010-\u2015\u2212]\s*")]
    private static partial Regex DashWithSpaces();
}
