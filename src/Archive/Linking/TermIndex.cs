using Archive.Content;

namespace Archive.Linking;

/// <summary>
/// The vocabulary as readers browse it: every term by label, its broader and narrower terms, and the offers and
/// articles filed under it. A term "holds" what carries it and what carries any narrower term, as in a thesaurus:
/// the page of "Withdrawal" lists the offers filed under "Withdrawal timetable" too.
/// </summary>
public sealed class TermIndex
{
    private readonly Dictionary<string, Term> _byId;
    private readonly ILookup<string, Term> _narrower;
    private readonly ILookup<string, Offer> _offers;
    private readonly ILookup<string, Article> _articles;
    private readonly Dictionary<string, IReadOnlyList<Offer>> _offersUnder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<Article>> _articlesUnder = new(StringComparer.Ordinal);

    /// <param name="offers">In time order.</param>
    /// <param name="articles">Newest first.</param>
    internal TermIndex(IEnumerable<Term> terms, IReadOnlyList<Offer> offers, IReadOnlyList<Article> articles)
    {
        All = terms.OrderBy(t => t.Label, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
        _byId = All.ToDictionary(t => t.Id, StringComparer.Ordinal);
        _narrower = All.Where(t => t.Broader is not null).ToLookup(t => t.Broader!.Id, StringComparer.Ordinal);
        _offers = offers.SelectMany(o => o.Terms.Select(r => (r.Id, o))).ToLookup(x => x.Id, x => x.o, StringComparer.Ordinal);
        _articles = articles.SelectMany(a => a.Terms.Select(r => (r.Id, a))).ToLookup(x => x.Id, x => x.a, StringComparer.Ordinal);
        Top = All.Where(t => t.Broader is null).ToList();

        // Computed once, bottom-up order does not matter: each term collects its own and its descendants' records.
        var offerOrder = offers.Select((o, i) => (o.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var articleOrder = articles.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        foreach (var term in All)
        {
            var ids = Descendants(term.Id).Prepend(term.Id).ToList();
            _offersUnder[term.Id] = ids.SelectMany(id => _offers[id]).DistinctBy(o => o.Id).OrderBy(o => offerOrder[o.Id]).ToList();
            _articlesUnder[term.Id] = ids.SelectMany(id => _articles[id]).DistinctBy(a => a.Id).OrderBy(a => articleOrder[a.Id]).ToList();
        }
    }

    /// <summary>Every term, by label.</summary>
    public IReadOnlyList<Term> All { get; }

    /// <summary>The terms with no broader term, by label.</summary>
    public IReadOnlyList<Term> Top { get; }

    public Term? Term(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The terms of a record's list that exist, in the order written.</summary>
    public IEnumerable<Term> TermsOf(IEnumerable<Ref> refs) => refs.Select(r => Term(r.Id)).OfType<Term>();

    /// <summary>The terms directly below, by label.</summary>
    public IEnumerable<Term> Narrower(string id) => _narrower[id];

    /// <summary>The broader terms above, nearest first.</summary>
    public IReadOnlyList<Term> Ancestors(string id) => TermLinker.Ancestors(id, _byId).Select(a => _byId[a]).ToList();

    /// <summary>Offers that carry the term itself, in time order.</summary>
    public IEnumerable<Offer> OffersWith(string id) => _offers[id];

    /// <summary>Offers that carry the term or a narrower one, in time order, each once.</summary>
    public IReadOnlyList<Offer> OffersUnder(string id) => _offersUnder.GetValueOrDefault(id) ?? [];

    /// <summary>Articles that carry the term itself, newest first.</summary>
    public IEnumerable<Article> ArticlesWith(string id) => _articles[id];

    /// <summary>Articles that carry the term or a narrower one, newest first, each once.</summary>
    public IReadOnlyList<Article> ArticlesUnder(string id) => _articlesUnder.GetValueOrDefault(id) ?? [];

    private IEnumerable<string> Descendants(string id)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { id };
        var queue = new Queue<string>([id]);
        while (queue.Count > 0)
        {
            foreach (var child in _narrower[queue.Dequeue()])
            {
                if (!seen.Add(child.Id)) continue;
                queue.Enqueue(child.Id);
                yield return child.Id;
            }
        }
    }
}
