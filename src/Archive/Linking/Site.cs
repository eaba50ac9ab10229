using Archive.Content;
using Archive.History;

namespace Archive.Linking;

/// <summary>
/// The linked site model: every published record, every reference resolved, every inverse relation
/// computed once. Immutable after construction and read by every later stage (and by many threads).
/// </summary>
public sealed class Site
{
    private readonly Dictionary<string, Article> _articles;
    private readonly Dictionary<string, Group> _groups;
    private readonly Dictionary<string, Offer> _offers;
    private readonly Dictionary<string, Page> _pages;
    private readonly ILookup<string, Tie<Offer>> _offersBy, _offersTo, _offersVia;
    private readonly ILookup<string, Article> _articlesAbout, _articlesForOffer;
    private readonly ILookup<string, Offer> _offersForArticle;
    private readonly ILookup<string, Tie<Group>> _members;
    private readonly ILookup<string, (Group From, GroupRelation Relation)> _relationsTo;
    private readonly ILookup<string, (Offer Offer, OfferResponse Response)> _responsesBy;
    private readonly ILookup<string, CitedQuote> _quotesIn, _quotesBy;
    private readonly ILookup<string, Article> _mentionedIn;
    private readonly IReadOnlyDictionary<string, DateOnly> _lastUpdated;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<FileChange>> _changes;
    private readonly Dictionary<Claim, CitedQuote> _claimEvidence = [];
    private readonly Dictionary<DisputePosition, CitedQuote> _positionEvidence = [];
    private readonly Dictionary<string, int> _articleOrder, _offerOrder;

    internal Site(SiteConfig config, IEnumerable<Article> articles, IEnumerable<Group> groups, IEnumerable<Offer> offers,
        IEnumerable<Page> pages, IEnumerable<CitedQuote> quotes, IReadOnlyDictionary<string, DateOnly> lastUpdated,
        IReadOnlyDictionary<string, IReadOnlyList<FileChange>>? changes = null, IEnumerable<Term>? terms = null, LinkCache? cache = null)
    {
        Config = config;
        _lastUpdated = lastUpdated;
        _changes = changes ?? new Dictionary<string, IReadOnlyList<FileChange>>();
        Articles = articles.OrderByDescending(a => a.Published.SortKey).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
        Groups = groups.OrderBy(g => g.Name, StringComparer.OrdinalIgnoreCase).ThenBy(g => g.Id, StringComparer.Ordinal).ToList();
        Offers = offers.OrderBy(o => o.Date.SortKey).ThenBy(o => o.Id, StringComparer.Ordinal).ToList();
        Pages = pages.OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase).ToList();
        Vocabulary = new TermIndex(terms ?? [], Offers, Articles);

        _articles = Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _groups = Groups.ToDictionary(g => g.Id, StringComparer.Ordinal);
        _offers = Offers.ToDictionary(o => o.Id, StringComparer.Ordinal);
        _pages = Pages.ToDictionary(p => p.Id, StringComparer.Ordinal);

        _offersBy = Ties(Offers, o => o.By);
        _offersTo = Ties(Offers, o => o.To);
        _offersVia = Ties(Offers, o => o.Via);
        // Distinct by id, not by (id, article): hashing an article record hashes its whole body, twice over (Markdown and
        // plain text), which was half of linking 10,000 articles.
        _articlesAbout = Articles.SelectMany(a => a.Groups.Select(r => r.Id).Distinct(StringComparer.Ordinal).Select(id => (Id: id, a)))
            .ToLookup(x => x.Id, x => x.a, StringComparer.Ordinal);
        _members = Ties(Groups, g => g.MemberOf);
        _relationsTo = Groups.SelectMany(g => g.Relations.Select(r => (r.Group.Id, (g, r)))).ToLookup(x => x.Item1, x => x.Item2, StringComparer.Ordinal);
        _responsesBy = Offers.SelectMany(o => o.Responses.Select(r => (r.By.Id, (o, r)))).ToLookup(x => x.Item1, x => x.Item2, StringComparer.Ordinal);

        // An article reports an offer when either side says so: the offer cites it, or the article lists the offer.
        var reports = Offers.SelectMany(o => o.Sources.Select(s => s.Article.Id)
                .Concat(o.Events.Where(e => e.Source is not null).Select(e => e.Source!.Id))
                .Concat(o.Responses.Where(r => r.Source is not null).Select(r => r.Source!.Id))
                .Select(a => (Article: a, Offer: o.Id)))
            .Concat(Articles.SelectMany(a => a.Offers.Select(r => (Article: a.Id, Offer: r.Id))))
            .Where(x => _articles.ContainsKey(x.Article) && _offers.ContainsKey(x.Offer))
            .Distinct()
            .ToList();
        _articlesForOffer = reports.OrderByDescending(x => _articles[x.Article].Published.SortKey).ThenBy(x => x.Article, StringComparer.Ordinal)
            .ToLookup(x => x.Offer, x => _articles[x.Article], StringComparer.Ordinal);
        _offersForArticle = reports.OrderBy(x => _offers[x.Offer].Date.SortKey).ThenBy(x => x.Offer, StringComparer.Ordinal)
            .ToLookup(x => x.Article, x => _offers[x.Offer], StringComparer.Ordinal);

        var quoteList = quotes.ToList();
        _quotesIn = quoteList.ToLookup(q => q.ArticleId, StringComparer.Ordinal);
        _quotesBy = quoteList.Where(q => q.Role == QuoteRole.Source).ToLookup(q => q.CitedById, StringComparer.Ordinal);
        foreach (var q in quoteList)
        {
            if (q.Claim is not null) _claimEvidence.TryAdd(q.Claim, q);
            if (q.Position is not null) _positionEvidence.TryAdd(q.Position, q);
        }

        var chronological = Articles.AsEnumerable().Reverse().ToList();
        _articleOrder = chronological.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        ArticlesChronological = chronological;
        _offerOrder = Offers.Select((o, i) => (o.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

        Mentions = !config.Mentions ? MentionIndex.Empty : cache?.Index(Groups) ?? new MentionIndex(Groups);
        // Reading every article's text for names is the longest part of linking; it runs on every core, in order.
        var mentions = Mentions;
        _mentionedIn = Articles.AsParallel().AsOrdered()
            .SelectMany(a => (cache?.GroupsNamedIn(a.Body.PlainText, mentions) ?? LinkCache.GroupsNamed(a.Body.PlainText, mentions)).Select(g => (Group: g, Article: a)))
            .ToLookup(x => x.Group, x => x.Article, StringComparer.Ordinal);

        Dates = new DateIndex(DatedEntries());
    }

    /// <summary>
    /// This site with one article's record replaced by <paramref name="article"/>, a read of the same file whose id,
    /// dates, references and notes are as they were (the preview's early page of an edited title or summary): every
    /// list, order and index stays as it is, since none of them depends on what may differ, and the article's own
    /// notes carry its new title. The lists of other records still hold the old record; only the article's own page
    /// may be rendered from the copy.
    /// </summary>
    internal Site WithArticle(Article article)
    {
        var old = _articles[article.Id];
        if (old.File != article.File || old.Published != article.Published || !old.Notes.SequenceEqual(article.Notes))
        {
            throw new ArgumentException($"`{article.Id}` differs in its file, date or notes: link the site again", nameof(article));
        }
        return new Site(this, old, article);
    }

    private Site(Site from, Article old, Article article)
    {
        Config = from.Config;
        Version = from.Version;
        _lastUpdated = from._lastUpdated;
        _changes = from._changes;
        Articles = from.Articles.Select(a => ReferenceEquals(a, old) ? article : a).ToList();
        ArticlesChronological = from.ArticlesChronological.Select(a => ReferenceEquals(a, old) ? article : a).ToList();
        Groups = from.Groups;
        Offers = from.Offers;
        Pages = from.Pages;
        Vocabulary = from.Vocabulary;
        _articles = new Dictionary<string, Article>(from._articles, StringComparer.Ordinal) { [article.Id] = article };
        (_groups, _offers, _pages) = (from._groups, from._offers, from._pages);
        (_offersBy, _offersTo, _offersVia) = (from._offersBy, from._offersTo, from._offersVia);
        (_articlesAbout, _articlesForOffer, _offersForArticle) = (from._articlesAbout, from._articlesForOffer, from._offersForArticle);
        (_members, _relationsTo, _responsesBy) = (from._members, from._relationsTo, from._responsesBy);
        _quotesIn = old.Title == article.Title || old.Notes.Count == 0
            ? from._quotesIn
            : from._quotesIn.SelectMany(g => g)
                .Select(q => q.CitedByKind == CitedByKind.Note && q.CitedById == article.Id ? q with { CitedByTitle = article.Title } : q)
                .ToLookup(q => q.ArticleId, StringComparer.Ordinal);
        _quotesBy = from._quotesBy;
        _mentionedIn = from._mentionedIn;
        (_claimEvidence, _positionEvidence) = (from._claimEvidence, from._positionEvidence);
        (_articleOrder, _offerOrder) = (from._articleOrder, from._offerOrder);
        Mentions = from.Mentions;
        Dates = from.Dates;
    }

    /// <summary>The commit this build shows, for citing its downloads.</summary>
    public ArchiveVersion Version { get; init; } = ArchiveVersion.Unversioned;

    /// <summary>When a record's file last changed, if known.</summary>
    public DateOnly? LastUpdated(string file) => _lastUpdated.TryGetValue(file, out var d) ? d : null;

    /// <summary>Every commit that changed a record's file (<c>input/…</c>), newest first; empty when git has none.</summary>
    public IReadOnlyList<FileChange> Changes(string file) => _changes.TryGetValue(file, out var c) ? c : [];

    /// <summary>Finds group names in article text (empty when the site turns mentions off).</summary>
    public MentionIndex Mentions { get; }

    /// <summary>Articles whose text names the group, newest first.</summary>
    public IEnumerable<Article> MentionedIn(string groupId) => _mentionedIn[groupId];

    public SiteConfig Config { get; }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<Article> ArticlesChronological { get; }

    /// <summary>By name.</summary>
    public IReadOnlyList<Group> Groups { get; }

    /// <summary>In time order.</summary>
    public IReadOnlyList<Offer> Offers { get; }

    public IReadOnlyList<Page> Pages { get; }

    /// <summary>The controlled vocabulary: terms by label, their hierarchy, and the offers and articles filed under each.</summary>
    public TermIndex Vocabulary { get; }

    public DateIndex Dates { get; }

    public Article? Article(string id) => _articles.GetValueOrDefault(id);
    public Group? Group(string id) => _groups.GetValueOrDefault(id);
    public Offer? Offer(string id) => _offers.GetValueOrDefault(id);
    public Page? Page(string id) => _pages.GetValueOrDefault(id);

    public IEnumerable<Group> GroupsOf(IEnumerable<Ref> refs) => refs.Select(r => Group(r.Id)).OfType<Group>();

    /// <summary>The groups the claims name, in order (whatever their certainty).</summary>
    public IEnumerable<Group> GroupsOf(IEnumerable<Claim> claims) => GroupsOf(claims.Select(c => c.Group));
    public IEnumerable<Offer> OffersOf(IEnumerable<Ref> refs) => refs.Select(r => Offer(r.Id)).OfType<Offer>();

    public IEnumerable<Offer> OffersBy(string groupId) => _offersBy[groupId].Select(t => t.Record);
    public IEnumerable<Offer> OffersTo(string groupId) => _offersTo[groupId].Select(t => t.Record);
    public IEnumerable<Offer> OffersVia(string groupId) => _offersVia[groupId].Select(t => t.Record);
    public IEnumerable<Article> ArticlesAbout(string groupId) => _articlesAbout[groupId];
    public IEnumerable<Group> Members(string groupId) => _members[groupId].Select(t => t.Record);

    /// <summary>Offers whose <c>by</c> names the group, in time order, each with the claim (certainty, source, quote).</summary>
    public IEnumerable<Tie<Offer>> OfferTiesBy(string groupId) => _offersBy[groupId];

    /// <summary>Offers whose <c>to</c> names the group, in time order, each with the claim.</summary>
    public IEnumerable<Tie<Offer>> OfferTiesTo(string groupId) => _offersTo[groupId];

    /// <summary>Offers whose <c>via</c> names the group, in time order, each with the claim.</summary>
    public IEnumerable<Tie<Offer>> OfferTiesVia(string groupId) => _offersVia[groupId];

    /// <summary>Groups whose <c>member_of</c> names the group, by name, each with the claim ("believed to include …").</summary>
    public IEnumerable<Tie<Group>> MemberTies(string groupId) => _members[groupId];

    /// <summary>The marked passage that supports a claim, or null for the editors' own assertion.</summary>
    public CitedQuote? Evidence(Claim claim) => _claimEvidence.GetValueOrDefault(claim);

    /// <summary>The marked passage of one side of a dispute.</summary>
    public CitedQuote? Evidence(DisputePosition position) => _positionEvidence.GetValueOrDefault(position);
    public IEnumerable<(Group From, GroupRelation Relation)> RelationsTo(string groupId) => _relationsTo[groupId];
    public IEnumerable<(Offer Offer, OfferResponse Response)> ResponsesBy(string groupId) => _responsesBy[groupId];

    /// <summary>Articles that report an offer, newest first.</summary>
    public IEnumerable<Article> ArticlesReporting(string offerId) => _articlesForOffer[offerId];

    /// <summary>Offers an article reports, in time order.</summary>
    public IEnumerable<Offer> OffersReportedIn(string articleId) => _offersForArticle[articleId];

    /// <summary>Passages of an article quoted by offers, notes, claims and disputes (see <see cref="CitedQuote.Role"/>).</summary>
    public IEnumerable<CitedQuote> QuotesIn(string articleId) => _quotesIn[articleId];

    /// <summary>An offer's verified source quotes, in the order its <c>sources</c> list them.</summary>
    public IEnumerable<CitedQuote> QuotesCitedBy(string offerId) => _quotesBy[offerId];

    /// <summary>Each record tied to a group by one of its claims, looked up by the group's id; one tie per record and group.</summary>
    private static ILookup<string, Tie<T>> Ties<T>(IEnumerable<T> records, Func<T, IEnumerable<Claim>> claims) where T : class =>
        records.SelectMany(r => claims(r).DistinctBy(c => c.Group.Id, StringComparer.Ordinal).Select(c => new Tie<T>(r, c)))
            .ToLookup(t => t.Claim.Group.Id, StringComparer.Ordinal);

    public Neighbours<Article> NeighboursOf(Article article)
    {
        var i = _articleOrder[article.Id];
        return new(i > 0 ? ArticlesChronological[i - 1] : null, i + 1 < ArticlesChronological.Count ? ArticlesChronological[i + 1] : null);
    }

    public Neighbours<Offer> NeighboursOf(Offer offer)
    {
        var i = _offerOrder[offer.Id];
        return new(i > 0 ? Offers[i - 1] : null, i + 1 < Offers.Count ? Offers[i + 1] : null);
    }

    private IEnumerable<DatedEntry> DatedEntries()
    {
        foreach (var a in Articles)
        {
            if (a.Published.Point is { } p) yield return new DatedEntry(a.Published, p, DatedEntryKind.Article, a.Title, Urls.Article(a.Id), a.Source) { File = a.File };
        }
        foreach (var o in Offers)
        {
            if (o.Date.Point is { } p) yield return new DatedEntry(o.Date, p, DatedEntryKind.Offer, o.Title, Urls.Offer(o.Id), null) { File = o.File };
            for (var i = 0; i < o.Events.Count; i++)
            {
                var e = o.Events[i];
                if (e.Date.Point is { } ep) yield return new DatedEntry(e.Date, ep, DatedEntryKind.Event, e.What, Urls.OfferEvent(o.Id, i + 1), o.Title) { File = o.File };
            }
            for (var i = 0; i < o.Responses.Count; i++)
            {
                var r = o.Responses[i];
                if (r.Date?.Point is { } rp)
                {
                    var group = Group(r.By.Id);
                    var who = group?.Name ?? r.By.Id;
                    yield return new DatedEntry(r.Date, rp, DatedEntryKind.Response, $"{who}: {Codes.Of(r.Stance).Replace('-', ' ')}", Urls.OfferResponse(o.Id, i + 1), o.Title)
                    {
                        File = o.File,
                        AlsoFrom = group is null ? [] : [group.File],
                    };
                }
            }
        }
        foreach (var g in Groups)
        {
            if (g.Active?.Start is { } start) yield return new DatedEntry(g.Active, start, DatedEntryKind.Group, $"{g.Name} becomes active", Urls.Group(g.Id), null) { File = g.File };
            if (g.Active?.End is { } end && !g.Active.EndOpen) yield return new DatedEntry(g.Active, end, DatedEntryKind.Group, $"{g.Name} ceases activity", Urls.Group(g.Id), null) { File = g.File };
        }
    }
}
