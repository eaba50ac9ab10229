using Archive.Diagnostics;

namespace Archive.Content;

/// <summary>
/// Reads an offer's <c>disputes</c>: <c>{about, positions: [{article, quote, note?}, …]}</c> with positions from two or
/// more articles. The older <c>{about, note}</c> form still loads, with a warning showing the new one.
/// </summary>
internal static class DisputeReader
{
    private const string NewForm = "positions: [{article: <id>, quote: \"…\"}, {article: <other-id>, quote: \"…\"}]";
    private const string AccountHint = "a caveat, or a disagreement within one source, belongs in the offer's account (the text below the front matter)";

    public static IReadOnlyList<OfferDispute> Read(FieldReader f)
    {
        var disputes = new List<OfferDispute>();
        foreach (var d in f.Mappings("disputes", example: "about: …, positions: [{article: id, quote: …}, …]"))
        {
            var about = d.String("about", required: true);
            var at = d.KeyAt("about");
            string? note = null;
            var positions = new List<DisputePosition>();
            if (d.Has("positions"))
            {
                var entries = d.Mappings("positions", example: "article: article-id, quote: \"exact words\"");
                foreach (var p in entries)
                {
                    var article = p.Ref("article", required: true);
                    var quote = p.String("quote", required: true);
                    var remark = p.String("note");
                    p.ReportUnknownFields();
                    if (article is not null && quote is not null) positions.Add(new DisputePosition(article, quote, p.KeyAt("quote"), remark));
                }
                if (d.String("note") is not null)
                {
                    d.Report(DiagnosticCodes.UnknownField, d.KeyAt("note"), "a dispute with `positions` has no `note` of its own",
                        "write each source's remark as the `note` of its position, and the editors' conclusion in the offer's account");
                }
                CheckSides(d, entries.Count, positions, at);
            }
            else
            {
                note = d.String("note", required: true);
                if (note is not null)
                {
                    d.Warn(DiagnosticCodes.DisputeOldForm, d.KeyAt("note"),
                        "this dispute is written in the old form, a `note` instead of the sources' positions; it still builds, but will not be shown side by side",
                        $"replace `note:` with `{NewForm}`, one position per article that takes a side; {AccountHint}");
                }
            }
            d.ReportUnknownFields();
            if (about is not null && (note is not null || positions.Count > 0)) disputes.Add(new OfferDispute(about, positions, note, at));
        }
        return disputes;
    }

    /// <summary>A dispute is between sources: at least two positions, from at least two articles.</summary>
    private static void CheckSides(FieldReader d, int entries, List<DisputePosition> positions, SourceSpan at)
    {
        if (entries < 2)
        {
            d.Report(DiagnosticCodes.DisputeNeedsTwoSources, at,
                $"a dispute needs the positions of at least two different articles; this one has {entries}",
                $"add the position of another article that disagrees, or remove the dispute: {AccountHint}");
            return;
        }
        // Count articles only when every position was read; a broken one has its own error.
        var articles = positions.Select(p => p.Article.Id).Distinct(StringComparer.Ordinal).ToList();
        if (positions.Count == entries && articles.Count < 2)
        {
            d.Report(DiagnosticCodes.DisputeNeedsTwoSources, at,
                $"every position of this dispute quotes the same article, `{articles[0]}`: a dispute records where different sources disagree",
                $"add the position of another article, or remove the dispute: {AccountHint}");
        }
    }
}
