namespace Archive.Bench.Corpus;

/// <summary>
/// Writes one article's body from its own random stream (so articles can be made in any order, on any thread, and
/// come out the same), places the passages its offers quote, and picks the passages its notes quote.
/// </summary>
internal sealed class ArticleComposer
{
    private static readonly string[] Leads =
    [
        "In a statement", "According to officials", "On the same day", "Speaking by telephone", "In a message to reporters",
        "Late on Monday", "In a recorded message", "According to two negotiators", "In a leaflet distributed in the markets",
    ];

    private static readonly string[] Pledges = ["offered to", "proposed to", "promised to", "pledged to"];

    private static readonly string[] Outcomes = ["was agreed", "were accepted", "was announced", "was guaranteed", "were met"];

    private readonly CorpusPlan _plan;
    private readonly Dictionary<string, GroupSpec> _groups;
    private readonly ulong _seed;

    public ArticleComposer(CorpusPlan plan)
    {
        _plan = plan;
        _groups = plan.Groups.ToDictionary(g => g.Id, StringComparer.Ordinal);
        _seed = (ulong)(uint)plan.Seed * 0x9E3779B97F4A7C15UL ^ 0xA5A5A5A5UL;
    }

    /// <summary>The article's Markdown body; fills the quotes of the offer sources that cite it and the article's notes.</summary>
    public string Compose(ArticleSpec article)
    {
        var rng = new Rng(_seed + (ulong)article.Index * 0xD1B54A32D192ED03UL);
        var text = new TextGenerator(rng);
        var others = Enumerable.Range(0, 3).Select(_ => rng.Pick(_plan.Groups)).Where(g => !article.Groups.Contains(g.Id)).ToList();
        var earlier = article.Index == 0 ? [] : Enumerable.Range(0, 3).Select(_ => _plan.Articles[rng.Next(article.Index)].Id).ToList();
        var context = new BodyContext([.. article.Groups.Select(id => _groups[id])], others, article.Groups, earlier, article.Domain);
        var body = new ProseComposer(text).Article(context, article.TargetWords);

        foreach (var (offerIndex, sourceIndex) in article.Cited)
        {
            var offer = _plan.Offers[offerIndex];
            var by = _groups[offer.By[0]];
            var placed = false;
            for (var attempt = 0; attempt < 50 && !placed; attempt++)
            {
                var condition = offer.Conditions.Count > 0 ? TextGenerator.Lower(rng.Pick(offer.Conditions)) : text.NounPhrase();
                var quote = $"{rng.Pick(Pledges)} {TextGenerator.Lower(rng.Pick(offer.Offered))} {text.PrepositionalPhrase()} if {condition} {rng.Pick(Outcomes)} {text.PrepositionalPhrase()}";
                var sentence = $"{rng.Pick(Leads)}, the {by.Name} {quote}.";
                if (body.TryInsertQuoted(rng, sentence, quote))
                {
                    offer.Sources[sourceIndex].Quote = quote;
                    placed = true;
                }
            }
            if (!placed) throw new InvalidOperationException($"{article.Id}: found no unique passage for {offer.Id}");
        }

        if (rng.Chance(0.1))
        {
            for (var n = rng.Between(1, 2); n > 0; n--)
            {
                if (body.PickNoteQuote(rng) is { } quote) article.Notes.Add(new NoteSpec(quote, text.Sentence()));
            }
        }
        body.VerifyQuotes(article.Id);
        return body.Markdown();
    }
}
