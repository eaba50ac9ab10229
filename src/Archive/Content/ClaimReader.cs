using Archive.Diagnostics;

namespace Archive.Content;

/// <summary>
/// Reads the lists that tie a record to groups (<c>by</c>, <c>to</c>, <c>via</c>, <c>member_of</c>) and the evidence of a
/// relation: each entry is a plain id (the editors' assertion) or <c>{group, certainty, source, quote}</c>. Checks what
/// one file can show (a certainty without its evidence, a group listed twice); linking resolves the ids and quotes.
/// </summary>
internal static class ClaimReader
{
    private const string MapExample = "{group: some-id, certainty: believed, source: article-id, quote: \"exact words\"}";

    public static IReadOnlyList<Claim> Read(FieldReader f, string key, bool required = false)
    {
        var claims = new List<Claim>();
        foreach (var (id, fields) in f.IdsOrMappings(key, required, "[some-id]"))
        {
            Claim? claim;
            if (id is not null)
            {
                claim = Claim.Asserted(id);
            }
            else
            {
                var group = fields!.Ref("group", required: true);
                claim = group is null ? null : Evidence(fields, group);
                fields.ReportUnknownFields();
            }
            if (claim is null) continue;
            if (claims.Any(c => c.Group.Id == claim.Group.Id))
            {
                f.Warn(DiagnosticCodes.DuplicateClaim, claim.Group.At, $"`{claim.Group.Id}` is listed twice in `{key}`; the first entry is used",
                    $"keep one entry; to give it evidence, write it once as `- {MapExample.Replace("some-id", claim.Group.Id, StringComparison.Ordinal)}`");
                continue;
            }
            claims.Add(claim);
        }
        return claims;
    }

    /// <summary>
    /// The claim on <paramref name="group"/> made by the entry <paramref name="fields"/>: its <c>certainty</c> (default
    /// <c>confirmed</c>), <c>source</c> and <c>quote</c>. Evidence that is incomplete is reported and left out.
    /// </summary>
    public static Claim Evidence(FieldReader fields, Ref group)
    {
        var certainty = fields.Enum<Certainty>("certainty") ?? Certainty.Confirmed;
        var name = Codes.Of(certainty);
        var source = fields.Ref("source");
        var quote = fields.String("quote");
        var example = MapExample.Replace("some-id", group.Id, StringComparison.Ordinal).Replace("believed", name, StringComparison.Ordinal);

        if (source is not null && quote is null || source is null && quote is not null)
        {
            var present = source is null ? "quote" : "source";
            var missing = source is null ? "source" : "quote";
            fields.Report(DiagnosticCodes.ClaimEvidenceMissing, fields.KeyAt(present),
                $"the claim on `{group.Id}` has a `{present}` but no `{missing}`: the evidence is the article and its exact words together",
                $"add `{missing}:`, as in `- {example}`");
            return Claim.Asserted(group) with { Certainty = certainty };
        }
        if (certainty != Certainty.Confirmed && source is null)
        {
            fields.Report(DiagnosticCodes.ClaimEvidenceMissing, fields.ValueAt("certainty"),
                $"`certainty: {name}` needs its evidence: the `source` article and the `quote` from it that says so",
                $"write the entry as `- {example}`; an id on its own is the editors' assertion and needs no source");
            return Claim.Asserted(group) with { Certainty = certainty };
        }
        return new Claim(group, certainty, source, quote, source is null ? group.At : fields.KeyAt("quote"));
    }
}
