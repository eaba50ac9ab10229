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
        foreach (var q in quotes) v.ReadCitingRecord(q);
        var metadataOnly = a.Rights == ArticleRights.MetadataOnly;
        var neighbours = c.Site.NeighboursOf(a);
        var passages = new QuotedPassages(c.Site);
        var view = new ArticleView
        {
            Id = a.Id,
            Title = a.Title,
            Kind = Labels.Of(a.Kind),
            Source = a.Source,
            Authors = a.Authors.Count == 0 ? null : string.Join(", ", a.Authors),
            Published = v.Date(a.Published),
            Updated = v.DateOrNull(a.Updated),
            Url = a.Url,
            ArchivedUrl = a.ArchivedUrl,
            Retrieved = v.DateOrNull(a.Retrieved),
            Rights = Labels.Of(a.Rights),
            IsExcerpt = a.Rights == ArticleRights.Excerpt,
            IsMetadataOnly = metadataOnly,
            Language = a.Language,
            IsForeignLanguage = a.Language != c.Site.Config.Language,
            Summary = a.Summary,
            Body = metadataOnly ? SafeHtml.Empty : c.Body(a.Body, passages.Marks(quotes), c.Site.Mentions),
            Groups = v.Groups(a.Groups),
            Offers = c.Site.OffersReportedIn(a.Id).Select(v.Link).ToList(),
            Terms = v.Terms(a.Terms),
            // A metadata-only page reproduces none of the text, not even the quoted passages.
            CitedPassages = metadataOnly ? [] : passages.Views(quotes),
            TextSha256 = a.TextSha256,
            NoteCount = quotes.Count(q => q.CitedByKind == CitedByKind.Note),
            Previous = v.LinkOrNull(neighbours.Previous),
            Next = v.LinkOrNull(neighbours.Next),
        };
        var model = c.Model(a.Title, a.Summary, Urls.Article(a.Id), "article", view, new LinkView("Articles", Urls.Articles));
        model = model with { Page = model.Page with { Alternates = [c.SiteFeed, new("Web annotations of this text", Urls.ArticleAnnotations(a.Id), Annotations.WebAnnotationWriter.MediaType)] } };
        return c.ForRecord(SearchEntries.With(model, SearchEntries.ForArticle(c, a)), Metadata.HeadMetadata.ForArticle(c.Site, a, c.Absolute(Urls.Article(a.Id))), a.File,
            RecordCitations.Page(c, a.Id, a.Title, Urls.Article(a.Id), a.File, a.Summary), RecordCitations.Original(c, a));
    }
}
