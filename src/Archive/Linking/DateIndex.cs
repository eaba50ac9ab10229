using Archive.Content.Dates;

namespace Archive.Linking;

/// <summary>
/// Every dated entry of the site, and the date pages they produce: an entry is listed on the page of its own
/// precision and on every coarser one, so a <c>2006-03</c> offer is on <c>/dates/2006/</c> and <c>/dates/2006/03/</c>.
/// </summary>
public sealed class DateIndex
{
    private readonly Dictionary<string, DatePage> _pages;

    public DateIndex(IEnumerable<DatedEntry> entries)
    {
        All = entries.OrderBy(e => e.Point.Earliest).ThenBy(e => e.Point.Precision).ThenBy(e => e.Kind)
            .ThenBy(e => e.Url, StringComparer.Ordinal).ToList();
        _pages = All
            .SelectMany(e => Urls.DatePagesFor(e.Point).Select(url => (url, e)))
            .GroupBy(x => x.url, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => MakePage(g.Key, g.Select(x => x.e).ToList()), StringComparer.Ordinal);
        Pages = _pages.Values.OrderBy(p => p.Year).ThenBy(p => p.Month ?? 0).ThenBy(p => p.Day ?? 0).ToList();
    }

    /// <summary>Every entry in time order.</summary>
    public IReadOnlyList<DatedEntry> All { get; }

    /// <summary>Every date page, years before their months before their days.</summary>
    public IReadOnlyList<DatePage> Pages { get; }

    public IEnumerable<DatePage> Years => Pages.Where(p => p.IsYear);

    public DatePage? Find(string url) => _pages.GetValueOrDefault(url);

    public bool Has(string url) => _pages.ContainsKey(url);

    /// <summary>The page to link a date to: its own precision's page, or the nearest coarser one that exists.</summary>
    public string? LinkFor(EdtfPoint point)
    {
        var pages = Urls.DatePagesFor(point);
        for (var i = pages.Count - 1; i >= 0; i--)
        {
            if (_pages.ContainsKey(pages[i])) return pages[i];
        }
        return null;
    }

    public IEnumerable<DatePage> Children(DatePage parent) => Pages.Where(p =>
        p.Year == parent.Year && (parent.IsYear ? p.IsMonth : parent.IsMonth && p.IsDay && p.Month == parent.Month));

    private static DatePage MakePage(string url, List<DatedEntry> entries)
    {
        var parts = url.Trim('/').Split('/');
        int? Part(int i) => parts.Length > i ? int.Parse(parts[i], System.Globalization.CultureInfo.InvariantCulture) : null;
        return new DatePage(url, Part(1)!.Value, Part(2), Part(3), entries);
    }
}
