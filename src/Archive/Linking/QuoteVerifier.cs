using Archive.Content;
using Archive.Diagnostics;

namespace Archive.Linking;

/// <summary>
/// Checks that a quote occurs exactly once in an article's text (after <see cref="QuoteText"/> normalisation), the one
/// rule for every quote: offer sources, notes, claims and dispute positions.
/// </summary>
internal static class QuoteVerifier
{
    public static bool OccursOnce(Article article, string quote, SourceSpan at, DiagnosticBag diagnostics,
        string notFoundCode = DiagnosticCodes.QuoteNotFound)
    {
        var text = QuoteText.Normalize(article.Body.PlainText);
        var wanted = QuoteText.Normalize(quote);
        var found = QuoteText.FindAll(text, wanted);
        if (found.Count == 1) return true;
        if (found.Count == 0)
        {
            var closest = QuoteText.ClosestPassage(text, wanted);
            diagnostics.Error(notFoundCode, at.File, at.Line, at.Column,
                $"the quote \"{Shorten(quote)}\" does not occur in the text of article `{article.Id}`",
                closest is null ? "copy the words exactly from the article body" : $"the closest passage is \"{closest}\"");
            return false;
        }
        diagnostics.Error(DiagnosticCodes.QuoteAmbiguous, at.File, at.Line, at.Column,
            $"the quote \"{Shorten(quote)}\" occurs {found.Count} times in article `{article.Id}`",
            "quote more words so that the passage is unique");
        return false;
    }

    private static string Shorten(string s) => s.Length > 80 ? s[..77] + "…" : s;
}
