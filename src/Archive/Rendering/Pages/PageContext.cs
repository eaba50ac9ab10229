using Archive.Content;
using Archive.Linking;
using Archive.Rendering.Citations;
using Archive.Rendering.Html;
using Archive.Rendering.Metadata;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary>What every page builder reads: the site model and the shared, stateless renderers.</summary>
public sealed record PageContext(Site Site, ViewFactory Views, BodyRenderer Bodies, SiteView Frame)
{
    public Uri Absolute(string url) => new(Site.Config.BaseUrl, url.TrimStart('/'));

    /// <summary>A record's body as the page shows it; the one place rendered Markdown becomes <see cref="SafeHtml"/>.</summary>
    public SafeHtml Body(MarkdownBody body, IEnumerable<CitedQuote>? quotes = null, MentionIndex? mentions = null) =>
        new(Bodies.Render(body, quotes, mentions));

    /// <summary>The whole archive's feed, which every page names in its head.</summary>
    public AlternateView SiteFeed => new($"{Site.Config.Title}: new articles and offers", Urls.Feed, AtomType);

    public const string AtomType = "application/atom+xml";

    /// <summary>A page with the site's frame, breadcrumbs and the generic page metadata.</summary>
    public PageModel Model(string title, string? description, string url, string kind, object content, params LinkView[] breadcrumbs)
    {
        var isHome = url == Urls.Home;
        var (tags, jsonLd) = HeadMetadata.ForPage(Site, title, description, Absolute(url), isHome, kind != "page");
        return new PageModel
        {
            Site = Frame,
            Page = new PageMeta
            {
                Title = title,
                Description = description,
                Url = url,
                CanonicalUrl = Absolute(url).ToString(),
                Kind = kind,
                Language = Site.Config.Language,
                Breadcrumbs = [new LinkView("Home", Urls.Home), .. breadcrumbs],
                DocumentTitle = isHome ? Site.Config.Title : $"{title} · {Site.Config.Title}",
                MetaTags = tags,
                JsonLd = new SafeHtml(jsonLd),
                Alternates = [SiteFeed],
            },
            Content = content,
        };
    }

    /// <summary>
    /// Adds what a record page has beyond the frame: its own metadata, the "Cite" box, when it last changed
    /// and where to edit it.
    /// </summary>
    public PageModel ForRecord(PageModel model, (IReadOnlyList<MetaTag> Tags, string JsonLd) metadata, string file,
        CitationRecord pageCitation, CitationRecord? original = null)
    {
        var updated = Site.LastUpdated(file);
        var url = model.Page.Url;
        var cite = new CitationView
        {
            PageText = CitationText.Chicago(pageCitation with { Updated = updated is { } d ? new CitationDate(d.Year, d.Month, d.Day) : null }),
            OriginalText = original is null ? null : CitationText.Chicago(original),
            BibUrl = Urls.CitationBibTex(url),
            RisUrl = Urls.CitationRis(url),
            CslUrl = Urls.CitationCslJson(url),
            DownloadsLabel = original is null ? "Download this page’s citation" : "Download the original’s citation",
        };
        var repository = Site.Config.Repository;
        return model with
        {
            Page = model.Page with
            {
                MetaTags = metadata.Tags,
                JsonLd = new SafeHtml(metadata.JsonLd),
                Citation = cite,
                LastUpdated = updated is { } u ? Views.Date(new Content.Dates.EdtfPoint(u.Year, u.Month, u.Day)) with { Url = null } : null,
                EditUrl = repository is null ? null : Urls.EditFile(repository, file),
                HistoryUrl = repository is null ? null : Urls.FileHistory(repository, file),
            },
        };
    }
}
