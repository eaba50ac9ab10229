using System.Text.RegularExpressions;

namespace Archive.Linking;

/// <summary>
/// Where a quote that does not occur in an article went wrong: the run of the article's words that best lines up
/// with the quote's words, the first word where they part, and a short passage around it with that word marked.
/// An editor who mistyped one word then sees which word, instead of the start of a sentence to compare by eye.
/// </summary>
/// <param name="Passage">A few words either side of the difference, the article's differing word between » and «.</param>
/// <param name="QuoteWord">The quote's word at the difference (null when the quote runs past the article's text).</param>
/// <param name="ArticleWord">The article's word there (null when the article's text ends first).</param>
/// <param name="Anchor">Words of the article just before the difference, to find its line in the Markdown source.</param>
public sealed partial record ClosestQuote(string Passage, string? QuoteWord, string? ArticleWord, IReadOnlyList<string> Anchor)
{
    private const int Context = 4;

    /// <summary>The best match for <paramref name="quote"/> in <paramref name="text"/> (both normalised), or null when nothing lines up.</summary>
    public static ClosestQuote? Find(string text, string quote)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var wanted = quote.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || wanted.Length == 0) return null;
        var keys = words.Select(Key).ToArray();
        var wantedKeys = wanted.Select(Key).ToArray();

        // Score every alignment of the quote's first word: words in place, and the agreeing run at the start first.
        // On a tie the alignment whose agreeing start is longer wins: a typo in the third word should be shown as
        // that word, not as the quote beginning one word early.
        var (bestStart, bestScore, bestPrefix) = (-1, 0, 0);
        for (var start = -wanted.Length + 1; start < words.Length; start++)
        {
            var score = 0;
            var prefix = 0;
            for (var i = 0; i < wanted.Length; i++)
            {
                var at = start + i;
                var same = at >= 0 && at < words.Length && keys[at] == wantedKeys[i] && keys[at].Length > 0;
                if (same && prefix == i) prefix++;
                if (same) score += prefix > i ? 3 : 2;
            }
            if (score > bestScore || score == bestScore && prefix > bestPrefix) (bestStart, bestScore, bestPrefix) = (start, score, prefix);
        }
        if (bestStart < -wanted.Length || bestScore < Math.Max(2, wanted.Length / 2)) return null;

        var differ = Enumerable.Range(0, wanted.Length).FirstOrDefault(i =>
        {
            var at = bestStart + i;
            return at < 0 || at >= words.Length || keys[at] != wantedKeys[i];
        }, wanted.Length);
        var position = bestStart + differ;
        var articleWord = position >= 0 && position < words.Length ? Bare(words[position]) : null;
        var quoteWord = differ < wanted.Length ? Bare(wanted[differ]) : null;

        var from = Math.Max(0, position - Context);
        var to = Math.Min(words.Length, Math.Max(position, 0) + Context + 1);
        var shown = new List<string>();
        for (var i = from; i < to; i++) shown.Add(i == position ? $"»{words[i]}«" : words[i]);
        if (position >= words.Length) shown.Add("»«");
        var passage = (from > 0 ? "… " : "") + string.Join(' ', shown) + (to < words.Length ? " …" : "");
        var anchor = words[Math.Max(0, position - 3)..Math.Clamp(position + 1, 1, words.Length)];
        return new ClosestQuote(passage, quoteWord, articleWord, anchor);
    }

    /// <summary>
    /// The 1-based line of <paramref name="markdown"/> where <see cref="Anchor"/> is written, allowing any markup or
    /// punctuation between the words; 0 when it cannot be placed.
    /// </summary>
    public int LineIn(string markdown)
    {
        var keys = Anchor.SelectMany(w => NotLetterOrDigit().Split(w)).Where(k => k.Length > 0).ToList();
        if (keys.Count == 0) return 0;
        var pattern = string.Join(@"[^\p{L}\p{N}]+", keys.Select(Regex.Escape));
        var match = Regex.Match(markdown, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        if (!match.Success) return 0;
        var end = match.Index + match.Length;
        return 1 + markdown.AsSpan(0, end).Count('\n');
    }

    /// <summary>A word without the quotation marks and punctuation around it, as a message names it.</summary>
    private static string Bare(string word) => word.Trim('"', '\'', ',', '.', ';', ':', '(', ')', '!', '?', '[', ']');

    /// <summary>A word as compared: letters and digits only, lower-case, so punctuation next to it does not count.</summary>
    private static string Key(string word) => NotLetterOrDigit().Replace(word, "").ToLowerInvariant();

    [GeneratedRegex(@"[^\p{L}\p{N}]")]
    private static partial Regex NotLetterOrDigit();
}
