using Archive.Content;
using Archive.Linking;

namespace Archive.Rendering.Machine;

/// <summary>
/// When what a page shows last changed, from the history of the records' files: a record page, its own file; an index,
/// the newest of the records it lists (a term page, also the term's own file); a date page, the newest of the records dated on it; the home and Data pages,
/// the archive's version. A later page of a split list (<c>/articles/page/2/</c>) changes with the list, since adding an
/// item moves the rest along, so it has the list's date. Unknown (no <c>lastmod</c>) for anything else, such as the
/// pages of a record's long list (<c>/groups/x/articles/</c>).
/// </summary>
public sealed class PageDates
{
    private readonly Site _site;
    private readonly Dictionary<string, string> _fileOf = new(StringComparer.Ordinal);

    // Every page of a split list has the list's date, the newest of all its records: worked out once per list, not once
    // per page (the article index alone has a page per 100 articles, each of which would look at every article).
    private readonly Dictionary<string, DateOnly?> _lists = new(StringComparer.Ordinal);

    public PageDates(Site site)
    {
        _site = site;
        foreach (var a in site.Articles) _fileOf[Urls.Article(a.Id)] = a.File;
        foreach (var g in site.Groups) _fileOf[Urls.Group(g.Id)] = g.File;
        foreach (var o in site.Offers) _fileOf[Urls.Offer(o.Id)] = o.File;
        foreach (var p in site.Pages) _fileOf[Urls.Page(p.Id)] = p.File;
        foreach (var t in site.Vocabulary.All) _fileOf[Urls.Term(t.Id)] = t.File;
    }

    public DateOnly? LastModified(string url)
    {
        var list = ListOf(url);
        if (_lists.TryGetValue(list, out var known)) return known;
        var date = Of(list);
        _lists[list] = date;
        return date;
    }

    /// <summary>The first page of the list a later page belongs to (<c>/dates/2006/page/3/</c> is <c>/dates/2006/</c>); else the URL itself.</summary>
    private static string ListOf(string url)
    {
        var parts = url.Split('/');
        // "/dates/2006/page/3/" splits into "", "dates", "2006", "page", "3", "".
        return parts.Length >= 4 && parts[^3] == "page" && int.TryParse(parts[^2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)
            ? string.Join('/', parts[..^3]) + "/"
            : url;
    }

    private DateOnly? Of(string url) => url switch
    {
        Urls.Home or Urls.Data => _site.Version.Date,
        Urls.Articles => Newest(_site.Articles.Select(a => a.File)),
        Urls.Groups => Newest(_site.Groups.Select(g => g.File)),
        Urls.Offers => Newest(_site.Offers.Select(o => o.File)),
        Urls.Terms => Newest(_site.Vocabulary.All.Select(t => t.File)),
        _ when TermOf(url) is { } term => Newest(_site.Vocabulary.OffersUnder(term.Id).Select(o => o.File)
            .Concat(_site.Vocabulary.ArticlesUnder(term.Id).Select(a => a.File)).Append(term.File)),
        Urls.Dates => Newest(_site.Dates.All.Select(e => FileOf(e.Url)).OfType<string>()),
        _ when _site.Dates.Find(url) is { } page => Newest(page.Entries.Select(e => FileOf(e.Url)).OfType<string>()),
        _ => FileOf(url) is { } file ? _site.LastUpdated(file) : null,
    };

    private Term? TermOf(string url) =>
        url.StartsWith(Urls.Terms, StringComparison.Ordinal) && url.Length > Urls.Terms.Length && url.EndsWith('/')
            ? _site.Vocabulary.Term(url[Urls.Terms.Length..^1]) : null;

    /// <summary>The file of the record a URL (perhaps with a fragment) belongs to.</summary>
    private string? FileOf(string url) => _fileOf.GetValueOrDefault(url.Split('#')[0]);

    private DateOnly? Newest(IEnumerable<string> files) => files.Select(_site.LastUpdated).Max();
}
