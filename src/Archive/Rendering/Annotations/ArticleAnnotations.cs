using Archive.Content;
using Archive.Linking;
using Archive.Markdown.Annotations;

namespace Archive.Rendering.Annotations;

/// <summary>
/// Every annotation of one article, from the site model and the article's published page: each quote of an offer,
/// note, claim or dispute position (located by its mark), then each inline note, in document order.
/// </summary>
public static class ArticleAnnotations
{
    public const string InlineNotePrefix = "inline-note-";

    /// <param name="pageHtml">The article's published page; null when it was not rendered.</param>
    public static IReadOnlyList<AnnotatedPassage> For(Site site, Article article, string? pageHtml) =>
        For(site, article, pageHtml is null ? null : () => pageHtml);

    /// <param name="pageHtml">Gives the article's published page, asked only when positions are read from it; null when it was not rendered.</param>
    public static IReadOnlyList<AnnotatedPassage> For(Site site, Article article, Func<string>? pageHtml)
    {
        var quotes = site.QuotesIn(article.Id).OrderBy(q => q.AnchorId, StringComparer.Ordinal).ToList();
        var showsText = article.Rights != ArticleRights.MetadataOnly && pageHtml is not null;
        // Reading the page costs a parse; an article nothing quotes or annotates has no position to find.
        var annotated = quotes.Count > 0 || article.Body.Annotations.Any(a => a.Kind == AnnotationKind.Note);
        var page = showsText && annotated ? PageText.Read(pageHtml!()) : null;
        var result = new List<AnnotatedPassage>(quotes.Count);
        foreach (var quote in quotes)
        {
            var marked = page?.Marked(quote.AnchorId);
            var inOriginal = article.Url is null ? null : marked?.InOriginal ?? FromPlainText(article.Body.PlainText, quote.Quote);
            result.Add(new AnnotatedPassage(article.Id, quote.AnchorId, quote, null, marked?.OnPage, inOriginal));
        }
        if (page is not null)
        {
            var notes = page.InlineNotes();
            for (var i = 0; i < notes.Count; i++)
            {
                result.Add(new AnnotatedPassage(article.Id, InlineNotePrefix + (i + 1), null, notes[i].Note ?? "",
                    notes[i].OnPage, article.Url is null ? null : notes[i].InOriginal));
            }
        }
        return result;
    }

    /// <summary>The quote's words and context as the article's plain text has them, for a page that does not show the text.</summary>
    private static TextQuote FromPlainText(string text, string quote)
    {
        if (QuoteText.Locate(text, quote) is not { } at) return new TextQuote(QuoteText.Normalize(quote), "", "");
        static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var before = Collapse(text[..at.Start]);
        var after = Collapse(text[at.End..]);
        var prefix = before.Length > PageText.Context ? before[^PageText.Context..] : before;
        var suffix = after.Length > PageText.Context ? after[..PageText.Context] : after;
        return new TextQuote(Collapse(text[at.Start..at.End]),
            prefix.Length > 0 && char.IsWhiteSpace(text[at.Start - 1]) ? prefix + " " : prefix,
            suffix.Length > 0 && char.IsWhiteSpace(text[at.End]) ? " " + suffix : suffix);
    }
}
