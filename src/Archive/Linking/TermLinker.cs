using Archive.Content;
using Archive.Diagnostics;

namespace Archive.Linking;

/// <summary>
/// Resolves the vocabulary: each term's <c>broader</c> (known, not itself, no cycle) and the <c>terms</c> lists of
/// offers and articles (known terms, each once, and not together with one of its own narrower terms).
/// </summary>
internal sealed class TermLinker(IReadOnlyList<Term> terms, Resolver resolver, DiagnosticBag diagnostics)
{
    /// <summary>The terms with every broken <c>broader</c> removed (and reported).</summary>
    public IReadOnlyList<Term> LinkHierarchy()
    {
        var linked = terms.Select(t => t.Broader is not { } b ? t
            : b.Id == t.Id ? Self(t, b)
            : resolver.Resolves(b, "term") ? t
            : t with { Broader = null }).ToList();
        var byId = linked.ToDictionary(t => t.Id, StringComparer.Ordinal);

        // Each term has at most one broader term, so a cycle is found by walking up from every term.
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in linked.OrderBy(t => t.Id, StringComparer.Ordinal))
        {
            var path = new List<string> { term.Id };
            for (var up = term.Broader; up is not null && byId.TryGetValue(up.Id, out var next); up = next.Broader)
            {
                if (up.Id == term.Id)
                {
                    if (path.Any(reported.Contains)) break;
                    reported.UnionWith(path);
                    diagnostics.Error(DiagnosticCodes.TermCycle, term.Broader!.At.File, term.Broader.At.Line, term.Broader.At.Column,
                        $"`broader` makes a cycle: {string.Join(" → ", path.Append(term.Id))}",
                        $"a term cannot be (indirectly) broader than itself; remove `broader: {term.Broader.Id}` here or the link back");
                    break;
                }
                if (path.Contains(up.Id)) break;
                path.Add(up.Id);
            }
        }
        foreach (var label in linked.GroupBy(t => t.Label, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var first = label.OrderBy(t => t.Id, StringComparer.Ordinal).First();
            foreach (var other in label.Where(t => t != first))
            {
                diagnostics.Warning(DiagnosticCodes.TermLabelTwice, other.LabelAt.File, other.LabelAt.Line, other.LabelAt.Column,
                    $"the term `{other.Id}` has the same label as `{first.Id}`: \"{other.Label}\"",
                    "readers choose terms by label; give each term its own, or merge the two terms");
            }
        }
        return linked.Select(t => reported.Contains(t.Id) ? t with { Broader = null } : t).ToList();
    }

    /// <summary>The known terms of a record's list, each once, without a broader term of another listed term.</summary>
    public IReadOnlyList<Ref> Keep(IReadOnlyList<Ref> listed, IReadOnlyList<Term> hierarchy)
    {
        if (listed.Count == 0) return listed;
        var byId = hierarchy.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var kept = new List<Ref>();
        foreach (var r in listed)
        {
            if (!resolver.Resolves(r, "term")) continue;
            if (kept.Any(k => k.Id == r.Id))
            {
                diagnostics.Warning(DiagnosticCodes.TermListedTwice, r.At.File, r.At.Line, r.At.Column,
                    $"the term `{r.Id}` is listed twice", "remove one of the two entries");
                continue;
            }
            kept.Add(r);
        }
        foreach (var r in kept.ToList())
        {
            var narrower = kept.FirstOrDefault(k => k != r && Ancestors(k.Id, byId).Contains(r.Id));
            if (narrower is null) continue;
            diagnostics.Warning(DiagnosticCodes.TermRedundant, r.At.File, r.At.Line, r.At.Column,
                $"`{r.Id}` is broader than `{narrower.Id}`, which is also listed; a record carries only its most specific terms",
                $"remove `{r.Id}`: the term's page lists everything filed under `{narrower.Id}` too");
            kept.Remove(r);
        }
        return kept;
    }

    private Term Self(Term t, Ref b)
    {
        diagnostics.Error(DiagnosticCodes.SelfReference, b.At.File, b.At.Line, b.At.Column,
            $"`{t.Id}` names itself as its `broader` term", "name a broader term of the vocabulary, or remove `broader:`");
        return t with { Broader = null };
    }

    /// <summary>The broader terms above <paramref name="id"/>, nearest first (the hierarchy has no cycles by now).</summary>
    internal static IReadOnlyList<string> Ancestors(string id, IReadOnlyDictionary<string, Term> byId)
    {
        var up = new List<string>();
        for (var b = byId.GetValueOrDefault(id)?.Broader; b is not null && !up.Contains(b.Id) && byId.TryGetValue(b.Id, out var next); b = next.Broader)
        {
            up.Add(b.Id);
        }
        return up;
    }
}
