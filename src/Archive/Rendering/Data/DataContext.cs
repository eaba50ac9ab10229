using System.Globalization;
using Archive.Content;
using Archive.Content.Dates;
using Archive.Linking;

namespace Archive.Rendering.Data;

/// <summary>
/// What every download reads: the site, absolute addresses from its base URL, and the marked passage of each quote.
/// The downloads carry absolute URLs, so a row still leads to its page when the file is read far from the site.
/// </summary>
public sealed class DataContext
{
    private readonly Dictionary<(string Offer, string Article, string Quote), CitedQuote> _sources = [];

    public DataContext(Site site)
    {
        Site = site;
        foreach (var offer in site.Offers)
        {
            foreach (var q in site.QuotesCitedBy(offer.Id)) _sources.TryAdd((offer.Id, q.ArticleId, q.Quote), q);
        }
    }

    public Site Site { get; }

    public string Absolute(string url) => new Uri(Site.Config.BaseUrl, url.TrimStart('/')).ToString();

    /// <summary>The marked passage on the article page; the page itself when it reproduces no text.</summary>
    public string PassageUrl(string articleId, string anchor) =>
        Site.Article(articleId) is { Rights: ArticleRights.MetadataOnly } ? Absolute(Urls.Article(articleId)) : Absolute(Urls.Passage(articleId, anchor));

    /// <summary>The same words in the original, by text fragment; null when the article has no URL.</summary>
    public string? OriginalUrl(string articleId, string quote) =>
        Site.Article(articleId)?.Url is { } url ? Urls.InOriginal(url, quote) : null;

    /// <summary>The marked passage of an offer's source quote.</summary>
    public CitedQuote? SourceQuote(Offer offer, OfferSource source) => _sources.GetValueOrDefault((offer.Id, source.Article.Id, source.Quote));

    /// <summary>When the record's file last changed (git), as <c>YYYY-MM-DD</c>.</summary>
    public string? LastUpdated(string file) => Site.LastUpdated(file) is { } d ? Day(d) : null;

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The first day an EDTF date can mean (<c>2006-03</c> → 2006-03-01); null when its start is open or unknown.</summary>
    public static string? StartDay(EdtfDate? date) => date?.Start is { } s ? Day(s.Earliest) : null;

    /// <summary>The last day an EDTF date can mean (<c>2006-03</c> → 2006-03-31); null when its end is open or unknown.</summary>
    public static string? EndDay(EdtfDate? date) => date is null ? null
        : date.IsInterval ? (date.End is { } e ? Day(e.Latest) : null)
        : date.Start is { } s ? Day(s.Latest) : null;

    public static string? Edtf(EdtfDate? date) => date?.ToString();
}
