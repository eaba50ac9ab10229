using Archive.Content;
using Archive.Diagnostics;

namespace Archive.Linking;

/// <summary>
/// Verifies the quotes that carry evidence beyond an offer's sources: the claims in <c>by</c>, <c>to</c>, <c>via</c>,
/// <c>member_of</c> and relations, and the positions of disputes. Each verified quote becomes a <see cref="CitedQuote"/>
/// (so the article page marks it) with an id naming what it supports: <c>claim-&lt;record&gt;-&lt;field&gt;-&lt;group&gt;</c>
/// and <c>dispute-&lt;offer&gt;-&lt;n&gt;-&lt;m&gt;</c> (the n-th dispute, its m-th position).
/// </summary>
internal sealed class EvidenceLinker(IReadOnlyDictionary<string, Article> articles, QuoteAnchors anchors, DiagnosticBag diagnostics, LinkCache? cache = null)
{
    public IEnumerable<CitedQuote> ForOffer(Offer offer)
    {
        foreach (var (field, claims) in new[] { ("by", offer.By), ("to", offer.To), ("via", offer.Via) })
        {
            foreach (var claim in claims)
            {
                if (Claim(claim, CitedByKind.Offer, offer.Id, offer.Title, Urls.Offer(offer.Id), field) is { } q) yield return q;
            }
        }
        for (var i = 0; i < offer.Disputes.Count; i++)
        {
            var dispute = offer.Disputes[i];
            for (var j = 0; j < dispute.Positions.Count; j++)
            {
                var position = dispute.Positions[j];
                if (!articles.TryGetValue(position.Article.Id, out var article)) continue;
                if (!QuoteVerifier.OccursOnce(article, position.Quote, position.QuoteAt, diagnostics, cache: cache)) continue;
                var anchor = anchors.Take(article.Id, Urls.DisputeAnchor(offer.Id, i + 1, j + 1));
                yield return new CitedQuote(article.Id, position.Quote, anchor, CitedByKind.Offer, offer.Id, offer.Title, Urls.Offer(offer.Id), position.Note)
                {
                    Role = QuoteRole.DisputePosition,
                    Dispute = dispute,
                    Position = position,
                };
            }
        }
    }

    public IEnumerable<CitedQuote> ForGroup(Group group)
    {
        foreach (var claim in group.MemberOf)
        {
            if (Claim(claim, CitedByKind.Group, group.Id, group.Name, Urls.Group(group.Id), "member_of") is { } q) yield return q;
        }
        foreach (var relation in group.Relations)
        {
            if (Claim(relation.Claim, CitedByKind.Group, group.Id, group.Name, Urls.Group(group.Id), Codes.Of(relation.Type)) is { } q) yield return q;
        }
    }

    private CitedQuote? Claim(Claim claim, CitedByKind kind, string id, string title, string url, string field)
    {
        if (claim.Source is null || claim.Quote is null || !articles.TryGetValue(claim.Source.Id, out var article)) return null;
        if (!QuoteVerifier.OccursOnce(article, claim.Quote, claim.QuoteAt, diagnostics, cache: cache)) return null;
        var anchor = anchors.Take(article.Id, Urls.ClaimAnchor(id, field, claim.Group.Id));
        return new CitedQuote(article.Id, claim.Quote, anchor, kind, id, title, url, null) { Role = QuoteRole.Claim, Claim = claim, Field = field };
    }
}
