using Archive.Linking;
using Archive.Rendering.Citations;
using Archive.Rendering.Html;
using Archive.Rendering.Metadata;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary>What every page builder reads: the site model and the shared, stateless renderers.</summary>
public sealed record PageContext(Site Site, ViewFactory Views, BodyRenderer Bodies, LayoutView Layout)
{
    public Uri Absolute(string url) => new(Site.Config.BaseUrl, url.TrimStart('/'));

    /// <summary>A page with the site's frame, breadcrumbs and the generic page metadata.</summary>
    public PageModel Model(string title, string? description, string url, string kind, object content, params LinkView[] breadcrumbs)
    {
        var (tags, jsonLd) = HeadMetadata.ForPage(Site, title, description, Absolute(url), url == Urls.Home, kind != "page");
        return new(Layout, new PageMeta(title, description, url, Absolute(url).ToString(), kind,
            Site.Config.Language, [new LinkView("Home", Urls.Home), .. breadcrumbs])
        {
            DocumentTitle = url == Urls.Home ? Site.Config.Title : $"{title} · {Site.Config.Title}",
            MetaTags = tags,
            JsonLd = jsonLd,
        }, content);
    }

    /// <summary>
    /// Adds what a record page has beyond the frame: its own metadata, the "Cite" box, when it last changed
    /// and where to edit it.
    /// </summary>
    public PageModel ForRecord(PageModel model, (IReadOnlyList<MetaTag> Tags, string JsonLd) metadata, string file,
        CitationRecord pageCitation, CitationRecord? original = null)
    {
        var updated = Site.LastUpdated(file);
        var downloads = original ?? pageCitation;
        var cite = new CitationView(
            CitationText.Chicago(pageCitation with { Updated = updated is { } d ? new CitationDate(d.Year, d.Month, d.Day) : null }),
            original is null ? null : CitationText.Chicago(original),
            model.Page.Url + "cite.bib", model.Page.Url + "cite.ris", model.Page.Url + "cite.json",
            original is null ? "Download this page’s citation" : "Download the original’s citation");
        var repository = Site.Config.Repository?.TrimEnd('/');
        return model with
        {
            Page = model.Page with
            {
                MetaTags = metadata.Tags,
                JsonLd = metadata.JsonLd,
                Citation = cite,
                LastUpdated = updated is { } u ? Views.Date(new Content.Dates.EdtfPoint(u.Year, u.Month, u.Day)) with { Url = null } : null,
                EditUrl = repository is null ? null : $"{repository}/edit/main/{file}",
                HistoryUrl = repository is null ? null : $"{repository}/commits/main/{file}",
            },
        };
    }
}
