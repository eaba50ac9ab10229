using System.Text;

namespace Archive.Bench.Corpus;

/// <summary>
/// A Markdown body under construction, kept as blocks so that sentences can still be inserted (the passages
/// offers quote) and so that the text a reader sees is known exactly: every quote the corpus cites is checked
/// here to occur exactly once, the rule Archive enforces.
/// </summary>
internal sealed class BodyBuilder
{
    private readonly List<Block> _blocks = [];
    private readonly List<string> _footnotes = [];
    private readonly List<string> _quotes = [];

    public IReadOnlyList<string> Quotes => _quotes;

    public void Paragraph(IEnumerable<Text> sentences) => _blocks.Add(new ParagraphBlock([.. sentences], InQuote: false));

    public void Heading(int level, string text) => _blocks.Add(new HeadingBlock(level, text));

    public void List(IEnumerable<string> items, bool ordered) => _blocks.Add(new ListBlock([.. items], ordered));

    public void Blockquote(IEnumerable<IEnumerable<Text>> paragraphs) =>
        _blocks.Add(new QuoteBlock([.. paragraphs.Select(p => new ParagraphBlock([.. p], InQuote: true))]));

    /// <summary>Appends a footnote reference to the last sentence of the last paragraph and its definition to the end.</summary>
    public void Footnote(string text)
    {
        var last = _blocks.OfType<ParagraphBlock>().LastOrDefault();
        if (last is null || last.Sentences.Count == 0) return;
        var label = (_footnotes.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var s = last.Sentences[^1];
        last.Sentences[^1] = new Text($"{s.Markdown}[^{label}]", s.Visible, IsPlain: false);
        _footnotes.Add($"[^{label}]: {text}");
    }

    public int WordCount => _blocks.Sum(b => b.Visible().Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length);

    /// <summary>What a reader sees, block by block: the text quotes are matched against.</summary>
    public string Visible() => string.Join("\n", _blocks.Select(b => b.Visible()).Concat(_footnotes.Select(f => f[(f.IndexOf(' ') + 1)..])));

    public string Markdown()
    {
        var sb = new StringBuilder();
        foreach (var block in _blocks)
        {
            if (sb.Length > 0) sb.Append("\n\n");
            sb.Append(block.Markdown());
        }
        if (_footnotes.Count > 0) sb.Append("\n\n").Append(string.Join("\n", _footnotes));
        return sb.Append('\n').ToString();
    }

    /// <summary>
    /// Inserts <paramref name="sentence"/> (plain text, no markup) into a paragraph of the body, and records
    /// <paramref name="quote"/>, a part of it. Refuses (returns false) when the quote would not occur exactly once.
    /// </summary>
    public bool TryInsertQuoted(Rng rng, string sentence, string quote)
    {
        if (!sentence.Contains(quote, StringComparison.Ordinal)) throw new ArgumentException("the quote must be part of the sentence", nameof(quote));
        if (Count(Visible(), quote) > 0 || _quotes.Any(q => sentence.Contains(q, StringComparison.Ordinal))) return false;
        var paragraphs = _blocks.OfType<ParagraphBlock>().Where(p => !p.InQuote).ToList();
        if (paragraphs.Count == 0) return false;
        var target = rng.Pick(paragraphs);
        target.Sentences.Insert(rng.Next(target.Sentences.Count + 1), new Text(sentence, sentence, IsPlain: false));
        _quotes.Add(quote);
        return true;
    }

    /// <summary>Picks a run of 6–10 words from a plain sentence that occurs exactly once, for an editor's note.</summary>
    public string? PickNoteQuote(Rng rng)
    {
        var plain = _blocks.OfType<ParagraphBlock>().SelectMany(p => p.Sentences).Where(s => s.IsPlain).ToList();
        var visible = Visible();
        for (var attempt = 0; attempt < 20 && plain.Count > 0; attempt++)
        {
            var words = rng.Pick(plain).Visible.TrimEnd('.').Split(' ');
            var length = Math.Min(words.Length, rng.Between(6, 10));
            if (length < 5) continue;
            var start = rng.Next(words.Length - length + 1);
            var quote = string.Join(' ', words, start, length).TrimEnd(',');
            if (Count(visible, quote) != 1 || _quotes.Any(q => q.Contains(quote, StringComparison.Ordinal))) continue;
            _quotes.Add(quote);
            return quote;
        }
        return null;
    }

    /// <summary>Throws when any recorded quote does not occur exactly once: a bug in the generator, never a corpus to ship.</summary>
    public void VerifyQuotes(string id)
    {
        var visible = Visible();
        foreach (var q in _quotes)
        {
            var n = Count(visible, q);
            if (n != 1) throw new InvalidOperationException($"{id}: the quote \"{q}\" occurs {n} times");
        }
    }

    /// <summary>Occurrences of <paramref name="quote"/> with whitespace runs counted as one space, as Archive compares.</summary>
    private static int Count(string text, string quote)
    {
        var haystack = CollapseWhitespace(text);
        var needle = CollapseWhitespace(quote);
        var n = 0;
        for (var i = haystack.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = haystack.IndexOf(needle, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }

    private static string CollapseWhitespace(string s) => string.Join(' ', s.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private abstract record Block
    {
        public abstract string Markdown();

        public abstract string Visible();
    }

    private sealed record ParagraphBlock(List<Text> Sentences, bool InQuote) : Block
    {
        public override string Markdown() => string.Join(" ", Sentences.Select(s => s.Markdown));

        public override string Visible() => string.Join(" ", Sentences.Select(s => s.Visible));
    }

    private sealed record HeadingBlock(int Level, string Text) : Block
    {
        public override string Markdown() => new string('#', Level) + " " + Text;

        public override string Visible() => Text;
    }

    private sealed record ListBlock(List<string> Items, bool Ordered) : Block
    {
        public override string Markdown() =>
            string.Join("\n", Items.Select((item, i) => (Ordered ? $"{i + 1}. " : "- ") + item));

        public override string Visible() => string.Join("\n", Items);
    }

    private sealed record QuoteBlock(List<ParagraphBlock> Paragraphs) : Block
    {
        public override string Markdown() => string.Join("\n>\n", Paragraphs.Select(p => "> " + p.Markdown()));

        public override string Visible() => string.Join("\n", Paragraphs.Select(p => p.Visible()));
    }
}
