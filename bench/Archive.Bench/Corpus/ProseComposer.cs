namespace Archive.Bench.Corpus;

/// <summary>What a body may refer to: the groups it is about (named in the text), and where its links may point.</summary>
/// <param name="Named">Groups the text names: name and acronym, the first is the main one.</param>
/// <param name="Others">Other groups it may name in passing.</param>
/// <param name="AnnotationTargets">Group ids an inline annotation may point to.</param>
/// <param name="EarlierArticles">Article ids an internal link may point to.</param>
/// <param name="Domain">The outlet's web address, for external links.</param>
internal sealed record BodyContext(
    IReadOnlyList<GroupSpec> Named,
    IReadOnlyList<GroupSpec> Others,
    IReadOnlyList<string> AnnotationTargets,
    IReadOnlyList<string> EarlierArticles,
    string Domain);

/// <summary>
/// Lays out bodies the way the archive's texts look: a lead, sections with headings, paragraphs with emphasis and
/// links, lists, block quotes of statements, now and then a footnote or an inline annotation, and group names in
/// the running text so mention linking has real work to do.
/// </summary>
internal sealed class ProseComposer
{
    private readonly TextGenerator _text;
    private readonly Rng _rng;

    public ProseComposer(TextGenerator text)
    {
        _text = text;
        _rng = text.Rng;
    }

    public BodyBuilder Article(BodyContext context, int targetWords)
    {
        var body = new BodyBuilder();
        body.Paragraph(Sentences(context, _rng.Between(2, 4), leadSubject: Name(context.Named[0])));
        var annotated = !_rng.Chance(0.97);
        var linkedInside = _rng.Chance(0.15) && context.EarlierArticles.Count > 0;
        while (body.WordCount < targetWords)
        {
            body.Heading(_rng.Chance(0.85) ? 2 : 3, _text.Heading());
            var paragraphs = _rng.Between(1, 3);
            for (var i = 0; i < paragraphs && body.WordCount < targetWords; i++)
            {
                var sentences = Sentences(context, _rng.Between(3, 6), leadSubject: null);
                if (annotated && context.AnnotationTargets.Count > 0)
                {
                    sentences[0] = Annotate(sentences[0], _rng.Pick(context.AnnotationTargets));
                    annotated = false;
                }
                if (linkedInside)
                {
                    sentences[^1] = Link(sentences[^1], $"/articles/{_rng.Pick(context.EarlierArticles)}/");
                    linkedInside = false;
                }
                body.Paragraph(sentences);
                if (_rng.Chance(0.12)) body.Blockquote(Statement(context));
                if (_rng.Chance(0.10)) body.List(Enumerable.Range(0, _rng.Between(3, 5)).Select(_ => _text.ListItem()), ordered: _rng.Chance(0.3));
            }
        }
        if (_rng.Chance(0.2)) body.Footnote(_text.Sentence());
        return body;
    }

    /// <summary>A profile or account: two to four paragraphs naming the given groups.</summary>
    public string Record(BodyContext context, int paragraphs)
    {
        var body = new BodyBuilder();
        for (var i = 0; i < paragraphs; i++)
        {
            body.Paragraph(Sentences(context, _rng.Between(3, 5), leadSubject: i == 0 ? Name(context.Named[0]) : null));
        }
        return body.Markdown();
    }

    public string Page(TextGenerator text)
    {
        var body = new BodyBuilder();
        body.Paragraph(Enumerable.Range(0, 4).Select(_ => Text.Plain(text.Sentence())));
        for (var s = 0; s < 3; s++)
        {
            body.Heading(2, text.Heading());
            body.Paragraph(Enumerable.Range(0, 4).Select(_ => Text.Plain(text.Sentence())));
            body.List(Enumerable.Range(0, 4).Select(_ => text.ListItem()), ordered: false);
        }
        return body.Markdown();
    }

    private List<IEnumerable<Text>> Statement(BodyContext context) =>
        [.. Enumerable.Range(0, _rng.Between(1, 2)).Select(_ => (IEnumerable<Text>)Sentences(context, _rng.Between(2, 3), leadSubject: null))];

    private List<Text> Sentences(BodyContext context, int count, string? leadSubject)
    {
        var list = new List<Text>(count);
        for (var i = 0; i < count; i++)
        {
            if (i == 0 && leadSubject is not null)
            {
                var lead = _text.Sentence(leadSubject);
                list.Add(new Text(lead, lead, IsPlain: false));
                continue;
            }
            list.Add(Decorated(context));
        }
        return list;
    }

    private Text Decorated(BodyContext context)
    {
        var roll = _rng.NextDouble();
        if (roll < 0.30)
        {
            var group = context.Others.Count > 0 && _rng.Chance(0.08) ? _rng.Pick(context.Others) : _rng.Pick(context.Named);
            var s = _text.Sentence(_rng.Chance(0.5) ? "the " + Name(group) : Name(group));
            s = TextGenerator.Capitalise(s);
            return new Text(s, s, IsPlain: false);
        }
        var plain = _text.Sentence();
        if (roll < 0.40) return Wrap(plain, 1, w => $"*{w}*");
        if (roll < 0.46) return Wrap(plain, 2, w => $"**{w}**");
        if (roll < 0.52) return Link(Text.Plain(plain), $"https://{context.Domain}/{_rng.Between(2003, 2024)}/{_rng.Between(1000, 9999)}");
        return Text.Plain(plain);
    }

    private string Name(GroupSpec group)
    {
        var roll = _rng.NextDouble();
        if (group.Acronym is not null && roll < 0.2) return group.Acronym;
        if (group.Aliases.Count > 0 && roll > 0.9) return _rng.Pick(group.Aliases);
        return group.Name;
    }

    private Text Link(Text sentence, string href) => Wrap(sentence.Visible, _rng.Between(2, 3), w => $"[{w}]({href})") with { IsPlain = false };

    private Text Annotate(Text sentence, string groupId) => Wrap(sentence.Visible, 3, w => $"[{w}]{{group={groupId}}}");

    /// <summary>Marks up <paramref name="count"/> consecutive letter-only words (never the first) of a plain sentence.</summary>
    private Text Wrap(string sentence, int count, Func<string, string> markup)
    {
        var words = sentence.Split(' ');
        var candidates = Enumerable.Range(1, Math.Max(0, words.Length - count - 1))
            .Where(i => Enumerable.Range(i, count).All(j => words[j].All(char.IsAsciiLetterLower)))
            .ToList();
        if (candidates.Count == 0) return Text.Plain(sentence);
        var at = _rng.Pick(candidates);
        var inner = string.Join(' ', words, at, count);
        var markdown = string.Join(' ', words[..at].Append(markup(inner)).Concat(words[(at + count)..]));
        return new Text(markdown, sentence, IsPlain: false);
    }
}
