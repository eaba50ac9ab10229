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
    public Site Link(ContentSet content, bool includeDrafts, DiagnosticBag diagnostics)
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
            drafts, content.Unreadable, diagnostics);

        articles = articles.Select(a => a with
        {
            Groups = resolver.Keep(a.Groups, "group"),
            Offers = resolver.Keep(a.Offers, "offer"),
        }).ToList();

        groups = groups.Select(g => g with
        {
            MemberOf = resolver.Keep(g.MemberOf.Where(r => NotSelf(g, r, "member_of", diagnostics)), "group"),
            Relations = g.Relations.Where(r => NotSelf(g, r.Group, "relations", diagnostics) && resolver.Resolves(r.Group, "group")).ToList(),
        }).ToList();
        ReportMemberCycles(groups, diagnostics);

        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var quotes = new List<CitedQuote>();
        offers = offers.Select(o => o with
        {
            By = resolver.Keep(o.By, "group"),
            To = resolver.Keep(o.To, "group"),
            Via = resolver.Keep(o.Via, "group"),
            Events = o.Events.Select(e => e.Source is null || resolver.Resolves(e.Source, "article") ? e : e with { Source = null }).ToList(),
            Responses = o.Responses.Where(r => resolver.Resolves(r.By, "group"))
                .Select(r => r.Source is null || resolver.Resolves(r.Source, "article") ? r : r with { Source = null }).ToList(),
            Sources = o.Sources.Where(s => resolver.Resolves(s.Article, "article")).ToList(),
        }).ToList();

        foreach (var offer in offers)
        {
            var perArticle = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var source in offer.Sources)
            {
                var article = byId[source.Article.Id];
                if (!QuoteOccursOnce(article, source.Quote, source.QuoteAt, diagnostics)) continue;
                var n = perArticle[article.Id] = perArticle.GetValueOrDefault(article.Id) + 1;
                var anchor = "q-" + offer.Id + (n > 1 ? "-" + n : "");
                quotes.Add(new CitedQuote(article.Id, source.Quote, anchor, "offer", offer.Id, offer.Title, Urls.Offer(offer.Id), null));
            }
        }

        foreach (var article in articles)
        {
            foreach (var note in article.Notes)
            {
                if (!QuoteOccursOnce(article, note.Quote, note.At, diagnostics, DiagnosticCodes.NoteQuoteNotFound)) continue;
                quotes.Add(new CitedQuote(article.Id, note.Quote, "note-" + ShortHash(note.Quote), "note", article.Id, article.Title, null, note.Note));
            }
        }

        foreach (var (file, body) in articles.Select(a => (a.File, a.Body)).Concat(groups.Select(g => (g.File, g.Body)))
                     .Concat(offers.Select(o => (o.File, o.Body))).Concat(pages.Select(p => (p.File, p.Body))))
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

        return new Site(content.Config, articles, groups, offers, pages, quotes, content.LastUpdated);
    }

    /// <summary>Inline annotations name records by id; each must exist, like any other reference.</summary>
    private static void CheckAnnotations(string file, MarkdownBody body, Resolver resolver)
    {
        foreach (var annotation in AnnotationWalker.FindAll(body.Document))
        {
            if (annotation.Kind == AnnotationKind.Note) continue;
            var kind = annotation.Kind == AnnotationKind.Group ? "group" : "offer";
            var at = new SourceSpan(file, body.FileLine(annotation.Line), annotation.Column + 1);
            resolver.Resolves(new Ref(annotation.Value, at), kind, DiagnosticCodes.UnknownAnnotationTarget);
        }
    }

    private static bool QuoteOccursOnce(Article article, string quote, SourceSpan at, DiagnosticBag diagnostics,
        string notFoundCode = DiagnosticCodes.QuoteNotFound)
    {
        var text = QuoteText.Normalize(article.Body.PlainText);
        var wanted = QuoteText.Normalize(quote);
        var found = QuoteText.FindAll(text, wanted);
        if (found.Count == 1) return true;
        if (found.Count == 0)
        {
            diagnostics.Error(notFoundCode, at.File, at.Line, at.Column,
                $"the quote \"{Shorten(quote)}\" does not occur in the text of article `{article.Id}`", Closest(article, text, wanted));
            return false;
        }
        diagnostics.Error(DiagnosticCodes.QuoteAmbiguous, at.File, at.Line, at.Column,
            $"the quote \"{Shorten(quote)}\" occurs {found.Count} times in article `{article.Id}`",
            "quote more words so that the passage is unique");
        return false;
    }

    /// <summary>Where the quote parts from the article's closest passage, with the line of the article it is on.</summary>
    private static string Closest(Article article, string text, string wanted)
    {
        if (ClosestQuote.Find(text, wanted) is not { } closest) return $"copy the words exactly from the text of {article.File}";
        var line = closest.LineIn(article.Body.Markdown) is > 0 and var l ? $"{article.File}:{article.Body.FirstLine + l - 1}" : article.File;
        var difference = (closest.QuoteWord, closest.ArticleWord) switch
        {
            ({ } q, { } a) => $"the quote has \"{q}\" where the article has \"{a}\"",
            ({ } q, null) => $"the article's text ends before the quote's \"{q}\"",
            _ => "the words agree but the punctuation differs (the quote may span two paragraphs, or a comma is missing)",
        };
        return $"{difference}: {line} reads \"{closest.Passage}\"";
    }

    private static string Shorten(string s) => s.Length > 80 ? s[..77] + "…" : s;

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
        var parents = groups.ToDictionary(g => g.Id, g => g.MemberOf, StringComparer.Ordinal);
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

    /// <summary>Checks references against the published ids; reports unknown ids (error) and drafts (warning).</summary>
    private sealed class Resolver(HashSet<string> articles, HashSet<string> groups, HashSet<string> offers,
        HashSet<string> drafts, IReadOnlySet<string> unreadable, DiagnosticBag diagnostics)
    {
        public IReadOnlyList<Ref> Keep(IEnumerable<Ref> refs, string kind) => refs.Where(r => Resolves(r, kind)).ToList();

        public bool Resolves(Ref r, string kind, string unknownCode = DiagnosticCodes.UnknownReference)
        {
            var known = kind switch { "article" => articles, "group" => groups, _ => offers };
            if (known.Contains(r.Id)) return true;
            // The file exists but has its own error; reporting every reference to it as well would bury that error.
            if (unreadable.Contains(kind + ":" + r.Id)) return false;
            if (drafts.Contains(kind + ":" + r.Id))
            {
                diagnostics.Warning(DiagnosticCodes.ReferenceToDraft, r.At.File, r.At.Line, r.At.Column,
                    $"the {kind} `{r.Id}` is a draft, so this link is left out", "publish it (remove `draft: true`) or build with --drafts");
                return false;
            }
            var other = new[] { ("article", articles), ("group", groups), ("offer", offers) }
                .FirstOrDefault(k => k.Item1 != kind && k.Item2.Contains(r.Id)).Item1;
            if (other is not null)
            {
                diagnostics.Error(unknownCode, r.At.File, r.At.Line, r.At.Column,
                    $"`{r.Id}` is {(other == "article" ? "an" : other == "offer" ? "an" : "a")} {other} (input/{other}s/{r.Id}.md), not {(kind is "article" or "offer" ? "an" : "a")} {kind}",
                    (Suggestions.DidYouMean(r.Id, known) is { } close ? close + "; or " : "") + $"move it to the list of {other}s");
                return false;
            }
            diagnostics.Error(unknownCode, r.At.File, r.At.Line, r.At.Column,
                $"there is no {kind} `{r.Id}`",
                Suggestions.DidYouMean(r.Id, known) ?? $"create input/{kind}s/{r.Id}.md or correct the id");
            return false;
        }
    }
}
