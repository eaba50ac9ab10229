using Archive.Content;
using Archive.Diagnostics;

namespace Archive.Linking;

/// <summary>Checks references against the published ids; reports unknown ids (error) and drafts (warning).</summary>
internal sealed class Resolver(HashSet<string> articles, HashSet<string> groups, HashSet<string> offers,
    HashSet<string> drafts, IReadOnlySet<string> unreadable, DiagnosticBag diagnostics, HashSet<string>? terms = null)
{
    public IReadOnlyList<Ref> Keep(IEnumerable<Ref> refs, string kind) => refs.Where(r => Resolves(r, kind)).ToList();

    /// <summary>
    /// The claims whose group is published. A claim whose source article is not (unknown, or a draft) loses its
    /// evidence; without evidence a claim weaker than <c>confirmed</c> says nothing, so it is left out.
    /// </summary>
    public IReadOnlyList<Claim> Keep(IEnumerable<Claim> claims) => claims.Select(Keep).OfType<Claim>().ToList();

    public Claim? Keep(Claim claim)
    {
        if (!Resolves(claim.Group, "group")) return null;
        if (claim.Source is null || Resolves(claim.Source, "article")) return claim;
        return claim.Certainty == Certainty.Confirmed ? claim with { Source = null, Quote = null } : null;
    }

    public bool Resolves(Ref r, string kind, string unknownCode = DiagnosticCodes.UnknownReference)
    {
        var known = kind switch { "article" => articles, "group" => groups, "term" => terms ?? [], _ => offers };
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
