using Archive.Content;
using Archive.Content.Dates;
using Archive.Linking;
using Archive.Rendering.Html;
using Archive.Rendering.Views;

namespace Archive.Rendering;

/// <summary>
/// The passages of one article that records quote, seen from the article: each passage once however many records
/// quote it, with a link per citing record to the very place on its page that quotes it (the offer's source, the
/// claim, the side of a dispute) and what the passage supports there.
/// </summary>
public sealed class QuotedPassages
{
    private readonly Site _site;

    public QuotedPassages(Site site) => _site = site;

    /// <summary>The marks for the article's text: one per passage, in the order the quotes were linked.</summary>
    public IReadOnlyList<PassageMark> Marks(IEnumerable<CitedQuote> quotes) =>
        ByPassage(quotes).Select(p =>
        {
            var cited = ByRecord(p).ToList();
            return new PassageMark(p[0].Quote, p.Select(q => q.AnchorId).ToList())
            {
                Notes = p.Where(q => q.CitedByKind == CitedByKind.Note && q.Note is not null).Select(q => q.Note!).ToList(),
                Citations = cited.Select(c => Citation(c, cited)).ToList(),
                IsDisputePosition = p.Any(q => q.Role == QuoteRole.DisputePosition),
            };
        }).ToList();

    /// <summary>The article page's list of quoted passages (editors' notes, shown beside the text, left out).</summary>
    public IReadOnlyList<PassageView> Views(IEnumerable<CitedQuote> quotes) =>
        ByPassage(quotes.Where(q => q.CitedByKind != CitedByKind.Note)).Select(p => new PassageView
        {
            Quote = p[0].Quote,
            PassageUrl = Urls.Passage(p[0].ArticleId, p[0].AnchorId),
            Citations = ByRecord(p).Select(c => new LinkView(c[0].CitedByTitle, PlaceOnCitingPage(c[0]))
            {
                Detail = string.Join("; ", c.Select(Describe)),
            }).ToList(),
        }).ToList();

    /// <summary>
    /// Where the citing record's page shows this quote: <c>/offers/x/#source-1</c>, <c>/groups/x/#claim-member-of-y</c>,
    /// <c>/offers/x/#dispute-1-2</c>. The page builders give those entries the same ids from the same <see cref="Urls"/>.
    /// </summary>
    public string PlaceOnCitingPage(CitedQuote q)
    {
        var page = q.CitedByUrl ?? Urls.Article(q.ArticleId);
        switch (q.Role)
        {
            case QuoteRole.Source:
                var sources = _site.QuotesCitedBy(q.CitedById).ToList();
                var n = sources.IndexOf(q);
                return n < 0 ? page : Urls.On(page, Urls.SourceEntryAnchor(n + 1));
            case QuoteRole.Claim when q.Claim is not null && q.Field is not null:
                return Urls.On(page, Urls.ClaimEntryAnchor(q.Field, q.Claim.Group.Id));
            case QuoteRole.DisputePosition when q.Dispute is not null && _site.Offer(q.CitedById) is { } offer:
                var d = IndexOf(offer.Disputes, q.Dispute);
                var m = IndexOf(q.Dispute.Positions, q.Position);
                return d < 0 || m < 0 ? page : Urls.On(page, Urls.DisputePositionEntryAnchor(d + 1, m + 1));
            default:
                return q.CitedByUrl ?? "#" + q.AnchorId;
        }
    }

    /// <summary>What the passage supports for the record quoting it: "source", "made by Kataib Hezbollah (believed)".</summary>
    public string Describe(CitedQuote q) => q.Role switch
    {
        QuoteRole.Claim when q.Claim is not null && q.Field is not null =>
            EvidenceWords.Claim(q.Field, _site.Group(q.Claim.Group.Id)?.Name ?? q.Claim.Group.Id, q.Claim.Certainty),
        QuoteRole.DisputePosition when q.Dispute is not null => EvidenceWords.DisputePosition(q.Dispute.About),
        QuoteRole.Note => "editor’s note",
        _ => EvidenceWords.Source,
    };

    /// <summary>The quotes grouped by the words they mark, each group in the order the quotes came.</summary>
    private static IEnumerable<IReadOnlyList<CitedQuote>> ByPassage(IEnumerable<CitedQuote> quotes) =>
        quotes.GroupBy(q => QuoteText.Normalize(q.Quote), StringComparer.Ordinal).Select(g => (IReadOnlyList<CitedQuote>)g.ToList());

    /// <summary>
    /// A passage's quotes grouped by the record that quotes it (an offer quoting it for two claims is one citation);
    /// a side of a dispute stays apart from the same offer's other uses, because the passage says something else there.
    /// </summary>
    private static IEnumerable<IReadOnlyList<CitedQuote>> ByRecord(IEnumerable<CitedQuote> passage) =>
        passage.Where(q => q.CitedByKind != CitedByKind.Note)
            .GroupBy(q => (q.CitedByKind, q.CitedById, Dispute: q.Role == QuoteRole.DisputePosition))
            .Select(g => (IReadOnlyList<CitedQuote>)g.ToList());

    private PassageCitation Citation(IReadOnlyList<CitedQuote> uses, IReadOnlyList<IReadOnlyList<CitedQuote>> all)
    {
        var first = uses[0];
        var kind = Codes.Of(first.CitedByKind);
        if (first.Role == QuoteRole.DisputePosition)
        {
            var about = string.Join("; ", uses.Select(u => u.Dispute?.About).OfType<string>().Distinct());
            return new PassageCitation("one side of a dispute", PlaceOnCitingPage(first),
                $"One side of a dispute on the {kind} “{first.CitedByTitle}”: {about}", IsDisputePosition: true);
        }
        var what = uses.Where(u => u.Role != QuoteRole.Source).Select(Describe).ToList();
        var title = $"Quoted by the {kind} “{first.CitedByTitle}”" + (what.Count > 0 ? ": " + string.Join("; ", what) : "");
        // "group" names the record well enough when it is the only group; among several, each goes by its short name.
        var sameKind = all.Count(c => c[0].CitedByKind == first.CitedByKind && c[0].Role != QuoteRole.DisputePosition);
        return new PassageCitation(sameKind > 1 ? ShortName(first) : kind, PlaceOnCitingPage(first), title);
    }

    /// <summary>A group's acronym or name; an offer's date ("October 10, 2020").</summary>
    private string ShortName(CitedQuote q) => q.CitedByKind switch
    {
        CitedByKind.Group when _site.Group(q.CitedById) is { } g => g.Acronym ?? g.Name,
        CitedByKind.Offer when _site.Offer(q.CitedById) is { } o => EdtfFormatter.Format(o.Date),
        _ => q.CitedByTitle,
    };

    private static int IndexOf<T>(IReadOnlyList<T> list, T? item) where T : class
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (ReferenceEquals(list[i], item)) return i;
        }
        return -1;
    }
}
