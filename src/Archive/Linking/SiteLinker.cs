using System.Security.Cryptography;
using System.Text;
using Archive.Content;
using Archive.Diagnostics;
using Archive.Markdown.Annotations;

namespace Archive.Linking;

/// <summary>
/// Stage 2: resolves every id, verifies every quote and builds the immutable <see cref="Site"/>.
/// Reports every problem it finds rather than stopping at the first.
/// </summary>
public sealed class SiteLinker
{
    /// <param name="includeDrafts">Publish records marked <c>draft: true</c> (the <c>--drafts</c> flag).</param>
    /// <param name="cache">What an earlier link of the same site worked out (the preview keeps one).</param>
    public Site Link(ContentSet content, bool includeDrafts, DiagnosticBag diagnostics, LinkCache? cache = null)
    {
        var drafts = includeDrafts
            ? new HashSet<string>(StringComparer.Ordinal)
            : content.Articles.Where(a => a.Draft).Select(a => "article:" + a.Id)
                .Concat(content.Groups.Where(g => g.Draft).Select(g => "group:" + g.Id))
                .Concat(content.Offers.Where(o => o.Draft).Select(o => "offer:" + o.Id))
                .ToHashSet(StringComparer.Ordinal);
        var articles = content.Articles.Where(a => includeDrafts || !a.Draft).ToList();
        var groups = content.Groups.Where(g => includeDrafts || !g.Draft).ToList();
        var offers = content.Offers.Where(o => includeDrafts || !o.Draft).ToList();
        var pages = content.Pages.Where(p => includeDrafts || !p.Draft).ToList();

        var resolver = new Resolver(
            articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal),
            groups.Select(g => g.Id).ToHashSet(StringComparer.Ordinal),
            offers.Select(o => o.Id).ToHashSet(StringComparer.Ordinal),
            drafts, content.Unreadable, diagnostics, content.Terms.Select(t => t.Id).ToHashSet(StringComparer.Ordinal));
        var vocabulary = new TermLinker(content.Terms, resolver, diagnostics);
        var terms = vocabulary.LinkHierarchy();

        articles = articles.Select(a => a with
        {
            Groups = resolver.Keep(a.Groups, "group"),
            Offers = resolver.Keep(a.Offers, "offer"),
            Terms = vocabulary.Keep(a.Terms, terms),
        }).ToList();

        groups = groups.Select(g => g with
        {
            MemberOf = resolver.Keep(g.MemberOf.Where(c => NotSelf(g, c.Group, "member_of", diagnostics))),
            Relations = g.Relations.Where(r => NotSelf(g, r.Group, "relations", diagnostics))
                .Select(r => resolver.Keep(r.Claim) is { } claim ? r with { Claim = claim } : null).OfType<GroupRelation>().ToList(),
        }).ToList();
        ReportMemberCycles(groups, diagnostics);

        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var quotes = new List<CitedQuote>();
        offers = offers.Select(o => o with
        {
            By = resolver.Keep(o.By),
            To = resolver.Keep(o.To),
            Via = resolver.Keep(o.Via),
            Terms = vocabulary.Keep(o.Terms, terms),
            Events = o.Events.Select(e => e.Source is null || resolver.Resolves(e.Source, "article") ? e : e with { Source = null }).ToList(),
            Responses = o.Responses.Where(r => resolver.Resolves(r.By, "group"))
                .Select(r => r.Source is null || resolver.Resolves(r.Source, "article") ? r : r with { Source = null }).ToList(),
            Disputes = o.Disputes.Select(d => d with { Positions = d.Positions.Where(p => resolver.Resolves(p.Article, "article")).ToList() }).ToList(),
            Sources = o.Sources.Where(s => resolver.Resolves(s.Article, "article")).ToList(),
        }).ToList();

        // Ids are handed out in a fixed order (sources, notes, then claims and disputes), so the ids of sources and
        // notes are what they were before claims existed, and every id is the same from build to build.
        var anchors = new QuoteAnchors();
        foreach (var offer in offers)
        {
            foreach (var source in offer.Sources)
            {
                var article = byId[source.Article.Id];
                if (!QuoteVerifier.OccursOnce(article, source.Quote, source.QuoteAt, diagnostics, cache: cache)) continue;
                var anchor = anchors.Take(article.Id, Urls.QuoteAnchor(offer.Id));
                quotes.Add(new CitedQuote(article.Id, source.Quote, anchor, CitedByKind.Offer, offer.Id, offer.Title, Urls.Offer(offer.Id), null));
            }
        }

        foreach (var article in articles)
        {
            foreach (var note in article.Notes)
            {
                if (!QuoteVerifier.OccursOnce(article, note.Quote, note.At, diagnostics, DiagnosticCodes.NoteQuoteNotFound, cache)) continue;
                var anchor = anchors.Take(article.Id, Urls.NoteAnchor(ShortHash(note.Quote)));
                quotes.Add(new CitedQuote(article.Id, note.Quote, anchor, CitedByKind.Note, article.Id, article.Title, null, note.Note));
            }
        }

        var evidence = new EvidenceLinker(byId, anchors, diagnostics, cache);
        quotes.AddRange(offers.SelectMany(evidence.ForOffer));
        quotes.AddRange(groups.SelectMany(evidence.ForGroup));

        foreach (var (file, body) in articles.Select(a => (a.File, a.Body)).Concat(groups.Select(g => (g.File, g.Body)))
                     .Concat(offers.Select(o => (o.File, o.Body))).Concat(pages.Select(p => (p.File, p.Body))).Concat(terms.Select(t => (t.File, t.Body))))
        {
            CheckAnnotations(file, body, resolver);
        }

        foreach (var page in pages.Where(p => Urls.Reserved.Contains(p.Id)))
        {
            diagnostics.Error(DiagnosticCodes.UrlCollision, page.File, 0, 0,
                $"the page `{page.Id}` would be published at /{page.Id}/, which the archive uses for its own pages",
                $"rename the file, e.g. to about-{page.Id}.md");
        }
        pages = pages.Where(p => !Urls.Reserved.Contains(p.Id)).ToList();

        return new Site(content.Config, articles, groups, offers, pages, quotes, content.LastUpdated, content.Changes, terms, cache) { Version = content.Version };
    }

    /// <summary>Inline annotations name records by id; each must exist, like any other reference.</summary>
    private static void CheckAnnotations(string file, MarkdownBody body, Resolver resolver)
    {
        foreach (var annotation in body.Annotations)
        {
            if (annotation.Kind == AnnotationKind.Note) continue;
            var kind = annotation.Kind == AnnotationKind.Group ? "group" : "offer";
            var at = new SourceSpan(file, body.FileLine(annotation.Line), annotation.Column + 1);
            resolver.Resolves(new Ref(annotation.Value, at), kind, DiagnosticCodes.UnknownAnnotationTarget);
        }
    }

    private static string ShortHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(QuoteText.Normalize(text))))[..8];

    private static bool NotSelf(Group group, Ref r, string field, DiagnosticBag diagnostics)
    {
        if (r.Id != group.Id) return true;
        diagnostics.Error(DiagnosticCodes.SelfReference, r.At.File, r.At.Line, r.At.Column,
            $"`{group.Id}` refers to itself in `{field}`", "a group cannot be related to itself; remove this entry");
        return false;
    }

    private static void ReportMemberCycles(IReadOnlyList<Group> groups, DiagnosticBag diagnostics)
    {
        var parents = groups.ToDictionary(g => g.Id, g => g.MemberOf.Select(c => c.Group).ToList(), StringComparer.Ordinal);
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on the path, 2 = done
        var path = new List<string>();

        void Visit(string id)
        {
            state[id] = 1;
            path.Add(id);
            foreach (var parent in parents.GetValueOrDefault(id) ?? [])
            {
                var s = state.GetValueOrDefault(parent.Id);
                if (s == 1)
                {
                    var cycle = path.Skip(path.IndexOf(parent.Id)).Append(parent.Id);
                    diagnostics.Error(DiagnosticCodes.MemberOfCycle, parent.At.File, parent.At.Line, parent.At.Column,
                        $"`member_of` makes a cycle: {string.Join(" → ", cycle)}",
                        $"a group cannot be (indirectly) a member of itself; remove `{parent.Id}` here or the link back");
                }
                else if (s == 0 && parents.ContainsKey(parent.Id))
                {
                    Visit(parent.Id);
                }
            }
            path.RemoveAt(path.Count - 1);
            state[id] = 2;
        }

        foreach (var g in groups.OrderBy(g => g.Id, StringComparer.Ordinal))
        {
            if (state.GetValueOrDefault(g.Id) == 0) Visit(g.Id);
        }
    }
}
