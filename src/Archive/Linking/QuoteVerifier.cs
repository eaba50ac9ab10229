using Archive.Content;
using Archive.Diagnostics;

namespace Archive.Linking;

/// <summary>
/// Checks that a quote occurs exactly once in an article's text (after <see cref="QuoteText"/> normalisation), the one
/// rule for every quote: offer sources, notes, claims and dispute positions.
/// </summary>
internal static class QuoteVerifier
{
    /// <param name="cache">Counts found by an earlier link, for the same article text and quote.</param>
    public static bool OccursOnce(Article article, string quote, SourceSpan at, DiagnosticBag diagnostics,
        string notFoundCode = DiagnosticCodes.QuoteNotFound, LinkCache? cache = null)
    {
        var count = cache?.Occurrences(article.Body.PlainText, quote) ?? Occurrences(article.Body.PlainText, quote);
        if (count == 1) return true;
        var text = QuoteText.Normalize(article.Body.PlainText);
        var wanted = QuoteText.Normalize(quote);
        if (count == 0)
        {
            diagnostics.Error(notFoundCode, at.File, at.Line, at.Column,
                $"the quote \"{Shorten(quote)}\" does not occur in the text of article `{article.Id}`", Closest(article, text, wanted));
            return false;
        }
        diagnostics.Error(DiagnosticCodes.QuoteAmbiguous, at.File, at.Line, at.Column,
            $"the quote \"{Shorten(quote)}\" occurs {count} times in article `{article.Id}`",
            "quote more words so that the passage is unique");
        return false;
    }

    /// <summary>How often <paramref name="quote"/> occurs in <paramref name="plainText"/>, both normalised.</summary>
    public static int Occurrences(string plainText, string quote) =>
        QuoteText.FindAll(QuoteText.Normalize(plainText), QuoteText.Normalize(quote)).Count;

    /// <summary>Where the quote parts from the article's closest passage, with the line of the article it is on.</summary>
    private static string Closest(Article article, string text, string wanted)
    {
        if (ClosestQuote.Find(text, wanted) is not { } closest) return $"copy the words exactly from the text of {article.File}";
        var line = closest.LineIn(article.Body.Markdown) is > 0 and var l ? $"{article.File}:{article.Body.FirstLine + l - 1}" : article.File;
        var difference = (closest.QuoteWord, closest.ArticleWord) switch
        {
            ({ } q, { } a) => $"the quote has \"{q}\" where the article has \"{a}\"",
            ({ } q, null) => $"the article's text ends before the quote's \"{q}\"",
            _ => "the words agree but the punctuation differs (the quote may span two paragraphs, or a comma is missing)",
        };
        return $"{difference}: {line} reads \"{closest.Passage}\"";
    }

    private static string Shorten(string s) => s.Length > 80 ? s[..77] + "…" : s;
}
