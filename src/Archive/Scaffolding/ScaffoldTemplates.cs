using System.Globalization;
using System.Text;
using Archive.Content;

namespace Archive.Scaffolding;

/// <summary>
/// The text of each scaffold. Required fields get quoted <c>&lt;&lt;…&gt;&gt;</c> placeholders (quoted so YAML reads
/// them as text and the loader can point at them); optional fields are commented-out examples that are valid once
/// uncommented, so no comment contains a placeholder and "no <c>&lt;&lt;</c> left" means "nothing left to fill in".
/// </summary>
internal static class ScaffoldTemplates
{
    private const string OptionalHeader = "# Optional fields: delete the \"# \" in front of a line to use it.";
    private const string DatePlaceholder = "\"<<2006-05-06>>\"";
    private const string DateComment = "# EDTF: 2006, 2006-05 or 2006-05-06; add ? if uncertain, ~ if approximate";

    public static string For(RecordKind kind, string? title, DateOnly today) => kind switch
    {
        RecordKind.Article => Article(title, today),
        RecordKind.Group => Group(title),
        RecordKind.Offer => Offer(title),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no template for this kind"),
    };

    // The body is TextFixity.NewArticleBody, and text_sha256 its hash: the file checks clean until the text is pasted,
    // and then the build asks for the hash of the text as captured.
    private static string Article(string? title, DateOnly today) => $"""
        ---
        title: {Text(title, "headline as published")}
        kind: {OneOf(ContentVocabulary.ArticleKinds)}
        source: "<<publication or outlet, e.g. Associated Press>>"
        published: {DatePlaceholder}  {DateComment}
        summary: "<<one paragraph in your own words: what the article reports>>"
        retrieved: "{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"  # when the text was taken (today); change it if you took it earlier
        text_sha256: {TextFixity.Sha256(TextFixity.NewArticleBody)}  # SHA-256 of the text as captured; once it is pasted, the build gives the new value
        {OptionalHeader}
        # authors: ["…"]                          # bylines, one text each
        # updated: "2006-05-07"                   # last update shown by the source (EDTF date)
        # url: "https://…"                        # the original address
        # archived_url: "https://web.archive.org/…" # a web-archive copy
        # rights: full-text                       # one of {List(ContentVocabulary.Rights)} (default full-text)
        # language: en                            # BCP 47 tag of the text (default en)
        # groups: [group-id]                      # ids of the groups the article is about
        # offers: [offer-id]                      # ids of the offers it reports
        # notes:                                  # editor notes, each anchored to an exact quote of the body
        #   - quote: "exact words from the body"
        #     note: "what the reader should know"
        # draft: true                             # left out of the build unless --drafts
        ---
        """ + "\n" + TextFixity.NewArticleBody;

    private static string Group(string? name) => $"""
        ---
        name: {Text(name, "the most common English name")}
        kind: {OneOf(ContentVocabulary.GroupKinds)}
        summary: "<<one paragraph: who they are and what they have to do with the offers>>"
        {OptionalHeader}
        # name_native: "…"                        # the name in the original script, e.g. Arabic
        # acronym: "…"                            # e.g. KH, AAH
        # aliases: ["…"]                          # other names and transliterations, used to find mentions in articles
        # orientation: "…"                        # e.g. "Iran-backed Shia militia"
        # member_of: [group-id]                   # ids of coalitions or umbrella bodies it belongs to
        # relations:                              # type is one of {List(ContentVocabulary.RelationTypes)}
        #   - type: allied-with
        #     group: group-id
        #     since: "2006"                       # optional
        #     note: "…"                           # optional
        #     certainty: reported                 # optional: {List(ContentVocabulary.Certainties)}; all but confirmed need source and quote
        #     source: article-id                  # the article that says so
        #     quote: "exact words from that article's body"
        # active: "2003/.."                       # EDTF interval; .. for an open end
        # regions: ["…"]                          # provinces or cities where it operates
        # identifiers:                            # ids in other datasets: {List(IdentifierSchemes.For(group: true).Select(x => x.Key).ToList())}
        #   wikidata: Q1234567
        # draft: true                             # left out of the build unless --drafts
        ---

        <!-- Write the editor's profile of the group here in Markdown. -->

        """;

    private static string Offer(string? title) => $"""
        ---
        title: {Text(title, "short description of the offer")}
        date: {DatePlaceholder}  {DateComment}
        form: {OneOf(ContentVocabulary.OfferForms)}
        by:
          - "<<id of a group that made the offer>>"
        offered:
          - "<<what the offering side would do, e.g. halt attacks>>"
        status: {OneOf(ContentVocabulary.OfferStatuses)}
        sources:
          - article: "<<id of an article that reports the offer>>"
            quote: "<<exact words from that article's body>>"
        {OptionalHeader}
        # reported: "2006-05-07"                  # when it was first reported, where that differs from date
        # to: [group-id]                          # ids of the groups it was addressed to
        # via:                                    # mediators and channels: ids, or claims with their evidence, like this
        #   - group: group-id
        #     certainty: reported                 # {List(ContentVocabulary.Certainties)}; all but confirmed need source and quote
        #     source: article-id                  # the article that says so
        #     quote: "exact words from that article's body"
        # conditions: ["…"]                       # what it demanded, e.g. a withdrawal timetable
        # timeframe: "…"                          # e.g. "within six months"
        # duration: "…"                           # e.g. "open-ended", "at least two months"
        # outcome: "…"                            # what became of it
        # events:                                 # dated steps; source is an article id
        #   - date: "2006-05-06"
        #     what: "…"
        #     source: article-id
        # responses:                              # stance is one of {List(ContentVocabulary.ResponseStances)}
        #   - by: group-id
        #     date: "2006-05-07"
        #     stance: rejected
        #     source: article-id
        # disputes:                               # where sources disagree: positions from two or more articles
        #   - about: "…"
        #     positions:
        #       - article: article-id
        #         quote: "exact words from that article's body"
        #       - article: other-article-id
        #         quote: "exact words from the other article's body"
        #         note: "…"                       # optional
        # identifiers:                            # ids in other datasets: {List(IdentifierSchemes.For(group: false).Select(x => x.Key).ToList())}
        #   pax: "1234"
        # draft: true                             # left out of the build unless --drafts
        ---

        <!-- Write the editor's account of the offer here in Markdown: what was offered, by whom, to whom, and what became of it. -->

        """;

    private static string OneOf(IReadOnlyList<string> values) => $"\"<<one of: {List(values)}>>\"";

    private static string List(IReadOnlyList<string> values) => string.Join(", ", values);

    private static string Text(string? value, string what) =>
        string.IsNullOrWhiteSpace(value) ? $"\"<<{what}>>\"" : Quote(value.Trim());

    /// <summary>A YAML double-quoted scalar, so titles with colons, quotes or a leading dash stay text.</summary>
    private static string Quote(string value)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsControl(c)) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
