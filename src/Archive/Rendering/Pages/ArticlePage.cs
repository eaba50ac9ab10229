using Archive.Content;
using Archive.Linking;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary><c>/articles/&lt;id&gt;/</c>: the source text with its marked passages, provenance and what cites it.</summary>
public static class ArticlePage
{
    public static PageModel Build(PageContext c, Article a)
    {
        var v = c.Views;
        var quotes = c.Site.QuotesIn(a.Id).ToList();
        var metadataOnly = a.Rights == "metadata-only";
        var body = metadataOnly ? "" : c.Bodies.Render(a.Body, quotes, c.Site.Mentions);
        var neighbours = c.Site.NeighboursOf(a);
        var view = new ArticleView(
            a.Id, a.Title, Labels.Humanize(a.Kind), a.Source,
            a.Authors.Count == 0 ? null : string.Join(", ", a.Authors),
            v.Date(a.Published), v.DateOrNull(a.Updated), a.Url, a.ArchivedUrl, v.DateOrNull(a.Retrieved),
            Labels.Humanize(a.Rights), a.Rights == "excerpt", metadataOnly,
            a.Language, a.Language != c.Site.Config.Language,
            a.Summary, body,
            v.Groups(a.Groups),
            c.Site.OffersReportedIn(a.Id).Select(v.Link).ToList(),
            // A metadata-only page reproduces none of the text, not even the quoted passages.
            metadataOnly ? [] : quotes.Where(q => q.Role == QuoteRole.Source).Select(v.Quote).ToList(),
            quotes.Count(q => q.CitedByKind == "note"),
            neighbours.Previous is null ? null : v.Link(neighbours.Previous),
            neighbours.Next is null ? null : v.Link(neighbours.Next));
        var model = c.Model(a.Title, a.Summary, Urls.Article(a.Id), "article", view, new LinkView("Articles", Urls.Articles));
        return c.ForRecord(model, Metadata.HeadMetadata.ForArticle(c.Site, a, c.Absolute(Urls.Article(a.Id))), a.File,
            RecordCitations.Page(c, a.Id, a.Title, Urls.Article(a.Id), a.File, a.Summary), RecordCitations.Original(c, a));
    }
}
