using System.Text.Json;
using Archive.Content;
using Archive.Linking;
using static Archive.Rendering.Data.JsonParts;

namespace Archive.Rendering.Data;

/// <summary>
/// The fields of each record in <c>articles.json</c>, <c>groups.json</c> and <c>offers.json</c>: every field of the
/// content model, ids resolved to references with their pages, quotes with their marked passages, claims with their
/// certainty and evidence, identifiers with their pages, and when the record last changed.
/// </summary>
public static class JsonRecords
{
    public static readonly IReadOnlyList<FieldDoc> PassageFields =
    [
        new("role", "string", "What the passage is evidence for: source (an offer's source), note (an editor's note), claim (a tie between records) or dispute-position (one side of a dispute)."),
        new("quote", "string", "The exact words."),
        new("note", "string or null", "The editors' note, for a note or a dispute position that has one."),
        new("passage_url", "URL", "The passage marked on the article page."),
        new("cited_by", "object or null", "The record that quotes it: kind (offer or group), id, title and page_url; null for an editor's note."),
    ];

    public static readonly IReadOnlyList<FieldDoc> NoteFields =
    [
        new("quote", "string", "The exact words the note is anchored to."),
        new("note", "string", "The editors' note."),
        new("passage_url", "URL", "The passage marked on the article page."),
    ];

    public static readonly IReadOnlyList<FieldDoc> RelationFields =
    [
        new("type", "string", "allied-with, rival-of, splinter-of, merged-into or front-for."),
        new("since", "EDTF date or null", "Since when the relation holds."),
        new("note", "string or null", "The editors' note."),
        new("group … original_url", "claim fields", "The other group, with the certainty and evidence of the relation, as in a claim."),
    ];

    public static readonly IReadOnlyList<FieldDoc> EventFields =
    [
        new("date", "EDTF date", "When it happened."),
        new("what", "string", "What happened."),
        new("source", "reference or null", "The article that reports it."),
        new("page_url", "URL", "The event on the offer's page."),
    ];

    public static readonly IReadOnlyList<FieldDoc> ResponseFields =
    [
        new("by", "reference", "The group that answered."),
        new("date", "EDTF date or null", "When."),
        new("stance", "string", "accepted, rejected, no-response, denied or no-comment."),
        new("source", "reference or null", "The article that reports it."),
        new("page_url", "URL", "The response on the offer's page."),
    ];

    public static readonly IReadOnlyList<FieldDoc> DisputeFields =
    [
        new("about", "string", "What the sources disagree on."),
        new("note", "string or null", "The editors' note (the only content of a dispute written before positions existed)."),
        new("positions", "list of quotes", "What each article says, in its exact words."),
    ];

    public static readonly IReadOnlyList<JsonField<Article>> ArticleFields =
    [
        new("id", "string", "The article's id (its file name).", (w, c, a) => w.WriteStringValue(a.Id)),
        new("page_url", "URL", "The article's page in the archive.", (w, c, a) => w.WriteStringValue(c.Absolute(Urls.Article(a.Id)))),
        new("title", "string", "The headline as published.", (w, c, a) => w.WriteStringValue(a.Title)),
        new("kind", "string", "news, wire, analysis, opinion, blog, statement or document.", (w, c, a) => w.WriteStringValue(Codes.Of(a.Kind))),
        new("source", "string", "The publication or outlet.", (w, c, a) => w.WriteStringValue(a.Source)),
        new("authors", "list of strings", "The bylines.", (w, c, a) => Strings(w, a.Authors)),
        new("published", "EDTF date", "First publication, at the precision known (2006, 2006-06, 2006-06-28?).", (w, c, a) => w.WriteStringValue(DataContext.Edtf(a.Published))),
        new("published_start", "date or null", "The first day published can mean.", (w, c, a) => WriteOrNull(w, DataContext.StartDay(a.Published))),
        new("published_end", "date or null", "The last day published can mean.", (w, c, a) => WriteOrNull(w, DataContext.EndDay(a.Published))),
        new("updated", "EDTF date or null", "The last update the source shows.", (w, c, a) => WriteOrNull(w, DataContext.Edtf(a.Updated))),
        new("url", "URL or null", "The original address.", (w, c, a) => WriteOrNull(w, a.Url)),
        new("archived_url", "URL or null", "A web-archive copy.", (w, c, a) => WriteOrNull(w, a.ArchivedUrl)),
        new("retrieved", "EDTF date or null", "When the text entered the archive.", (w, c, a) => WriteOrNull(w, DataContext.Edtf(a.Retrieved))),
        new("rights", "string", "How much of the source the archive reproduces: full-text, excerpt or metadata-only.", (w, c, a) => w.WriteStringValue(Codes.Of(a.Rights))),
        new("language", "string", "The text's language (BCP 47).", (w, c, a) => w.WriteStringValue(a.Language)),
        new("groups", "list of references", "The groups the article is about.", (w, c, a) => Array(w, a.Groups, g => Group(w, c, g.Id))),
        new("offers", "list of references", "The offers it reports: those it lists and those that cite it.", (w, c, a) => Array(w, c.Site.OffersReportedIn(a.Id), o => Offer(w, c, o.Id))),
        new("terms", "list of references", "The terms of the vocabulary it is filed under (the most specific; broader terms are in terms.json).", (w, c, a) => Array(w, a.Terms, t => Term(w, c, t.Id))),
        new("summary", "string", "The editors' one-paragraph summary.", (w, c, a) => w.WriteStringValue(a.Summary)),
        new("notes", "list of notes", "The editors' notes, each anchored to an exact quote.", (w, c, a) => Array(w, c.Site.QuotesIn(a.Id).Where(q => q.Role == QuoteRole.Note), q =>
        {
            w.WriteStartObject();
            w.WriteString("quote", q.Quote);
            w.WriteString("note", q.Note);
            w.WriteString("passage_url", c.PassageUrl(a.Id, q.AnchorId));
            w.WriteEndObject();
        })),
        new("text_sha256", "string or null", "The SHA-256 of the text as captured; the build refuses a text that no longer matches.", (w, c, a) => WriteOrNull(w, a.TextSha256)),
        new("body", "string or null", "The text in Markdown, as reproduced; null when the archive reproduces only the metadata.", (w, c, a) => WriteOrNull(w, a.Rights == ArticleRights.MetadataOnly ? null : a.Body.Markdown)),
        new("quoted_passages", "list of passages", "Every passage of the text that a record quotes, with its role.", (w, c, a) => Array(w, c.Site.QuotesIn(a.Id).OrderBy(q => q.AnchorId, StringComparer.Ordinal), q => Passage(w, c, q))),
        new("last_updated", "date or null", "When the record's file last changed (from git).", (w, c, a) => WriteOrNull(w, c.LastUpdated(a.File))),
    ];

    public static readonly IReadOnlyList<JsonField<Group>> GroupFields =
    [
        new("id", "string", "The group's id (its file name).", (w, c, g) => w.WriteStringValue(g.Id)),
        new("page_url", "URL", "The group's page in the archive.", (w, c, g) => w.WriteStringValue(c.Absolute(Urls.Group(g.Id)))),
        new("name", "string", "The most common English name.", (w, c, g) => w.WriteStringValue(g.Name)),
        new("name_native", "string or null", "The name in its original script.", (w, c, g) => WriteOrNull(w, g.NameNative)),
        new("acronym", "string or null", "E.g. KH.", (w, c, g) => WriteOrNull(w, g.Acronym)),
        new("aliases", "list of strings", "Other names, transliterations and abbreviations.", (w, c, g) => Strings(w, g.Aliases)),
        new("kind", "string", "armed-group, coalition, militia, government, state-body, mediator, political-party or other.", (w, c, g) => w.WriteStringValue(Codes.Of(g.Kind))),
        new("orientation", "string or null", "E.g. “Iran-backed Shia militia”.", (w, c, g) => WriteOrNull(w, g.Orientation)),
        new("member_of", "list of claims", "Coalitions or umbrella bodies it belongs to, each with its certainty and evidence.", (w, c, g) => Claims(w, c, g.MemberOf)),
        new("relations", "list of relations", "Typed relations to other groups, each with its certainty and evidence.", (w, c, g) => Array(w, g.Relations, r =>
        {
            w.WriteStartObject();
            w.WriteString("type", Codes.Of(r.Type));
            w.WriteString("since", DataContext.Edtf(r.Since));
            w.WriteString("note", r.Note);
            ClaimProperties(w, c, r.Claim);
            w.WriteEndObject();
        })),
        new("identifiers", "list of identifiers", "Its ids in other datasets.", (w, c, g) => Identifiers(w, g.Identifiers)),
        new("active", "EDTF date or null", "When it was active, e.g. 2003/...", (w, c, g) => WriteOrNull(w, DataContext.Edtf(g.Active))),
        new("active_start", "date or null", "The first day active can mean.", (w, c, g) => WriteOrNull(w, DataContext.StartDay(g.Active))),
        new("active_end", "date or null", "The last day active can mean; null while it is still active.", (w, c, g) => WriteOrNull(w, DataContext.EndDay(g.Active))),
        new("regions", "list of strings", "Provinces or cities where it operates.", (w, c, g) => Strings(w, g.Regions)),
        new("summary", "string", "The editors' one-paragraph summary.", (w, c, g) => w.WriteStringValue(g.Summary)),
        new("body", "string", "The editors' profile, in Markdown.", (w, c, g) => w.WriteStringValue(g.Body.Markdown)),
        new("last_updated", "date or null", "When the record's file last changed (from git).", (w, c, g) => WriteOrNull(w, c.LastUpdated(g.File))),
    ];

    public static readonly IReadOnlyList<JsonField<Offer>> OfferFields =
    [
        new("id", "string", "The offer's id (its file name).", (w, c, o) => w.WriteStringValue(o.Id)),
        new("page_url", "URL", "The offer's page in the archive.", (w, c, o) => w.WriteStringValue(c.Absolute(Urls.Offer(o.Id)))),
        new("title", "string", "A short description.", (w, c, o) => w.WriteStringValue(o.Title)),
        new("date", "EDTF date", "When the offer was made or announced.", (w, c, o) => w.WriteStringValue(DataContext.Edtf(o.Date))),
        new("date_start", "date or null", "The first day date can mean.", (w, c, o) => WriteOrNull(w, DataContext.StartDay(o.Date))),
        new("date_end", "date or null", "The last day date can mean.", (w, c, o) => WriteOrNull(w, DataContext.EndDay(o.Date))),
        new("reported", "EDTF date or null", "When it was first reported, where that differs.", (w, c, o) => WriteOrNull(w, DataContext.Edtf(o.Reported))),
        new("form", "string", "unilateral-declaration, conditional-offer, proposal-via-intermediary, negotiated-proposal or reported-offer.", (w, c, o) => w.WriteStringValue(Codes.Of(o.Form))),
        new("by", "list of claims", "Who made it.", (w, c, o) => Claims(w, c, o.By)),
        new("to", "list of claims", "Who it was addressed to.", (w, c, o) => Claims(w, c, o.To)),
        new("via", "list of claims", "Mediators and channels.", (w, c, o) => Claims(w, c, o.Via)),
        new("offered", "list of strings", "What the offering side would do.", (w, c, o) => Strings(w, o.Offered)),
        new("conditions", "list of strings", "What it demanded.", (w, c, o) => Strings(w, o.Conditions)),
        new("terms", "list of references", "The terms of the vocabulary it is filed under: what it demanded and offered (the most specific; broader terms are in terms.json).", (w, c, o) => Array(w, o.Terms, t => Term(w, c, t.Id))),
        new("timeframe", "string or null", "E.g. “two years”.", (w, c, o) => WriteOrNull(w, o.Timeframe)),
        new("duration", "string or null", "E.g. “open-ended”.", (w, c, o) => WriteOrNull(w, o.Duration)),
        new("status", "string", "reported, proposed, negotiated, unanswered, rejected, broken-off, accepted, partially-held or lapsed.", (w, c, o) => w.WriteStringValue(Codes.Of(o.Status))),
        new("outcome", "string or null", "What became of it.", (w, c, o) => WriteOrNull(w, o.Outcome)),
        new("events", "list of events", "Dated steps: talks held, memo delivered, talks ended.", (w, c, o) => Array(w, o.Events.Select((e, i) => (e, i)), x =>
        {
            w.WriteStartObject();
            w.WriteString("date", DataContext.Edtf(x.e.Date));
            w.WriteString("what", x.e.What);
            w.WritePropertyName("source");
            ArticleOrNull(w, c, x.e.Source);
            w.WriteString("page_url", c.Absolute(Urls.OfferEvent(o.Id, x.i + 1)));
            w.WriteEndObject();
        })),
        new("responses", "list of responses", "How the addressees answered.", (w, c, o) => Array(w, o.Responses.Select((r, i) => (r, i)), x =>
        {
            w.WriteStartObject();
            w.WritePropertyName("by");
            Group(w, c, x.r.By.Id);
            w.WriteString("date", DataContext.Edtf(x.r.Date));
            w.WriteString("stance", Codes.Of(x.r.Stance));
            w.WritePropertyName("source");
            ArticleOrNull(w, c, x.r.Source);
            w.WriteString("page_url", c.Absolute(Urls.OfferResponse(o.Id, x.i + 1)));
            w.WriteEndObject();
        })),
        new("disputes", "list of disputes", "Where sources disagree, with each side's exact words.", (w, c, o) => Array(w, o.Disputes, d =>
        {
            w.WriteStartObject();
            w.WriteString("about", d.About);
            w.WriteString("note", d.Note);
            w.WritePropertyName("positions");
            Array(w, d.Positions, p => Quote(w, c, p.Article.Id, p.Quote, p.Note, c.Site.Evidence(p)?.AnchorId));
            w.WriteEndObject();
        })),
        new("sources", "list of quotes", "The articles that report the offer, each with its exact words.", (w, c, o) =>
            Array(w, o.Sources, s => Quote(w, c, s.Article.Id, s.Quote, null, c.SourceQuote(o, s)?.AnchorId))),
        new("identifiers", "list of identifiers", "Its ids in other datasets.", (w, c, o) => Identifiers(w, o.Identifiers)),
        new("body", "string", "The editors' account, in Markdown.", (w, c, o) => w.WriteStringValue(o.Body.Markdown)),
        new("last_updated", "date or null", "When the record's file last changed (from git).", (w, c, o) => WriteOrNull(w, c.LastUpdated(o.File))),
    ];

    public static readonly IReadOnlyList<JsonField<Term>> TermFields =
    [
        new("id", "string", "The term's id (its file name).", (w, c, t) => w.WriteStringValue(t.Id)),
        new("page_url", "URL", "The term's page in the archive: its offers and articles.", (w, c, t) => w.WriteStringValue(c.Absolute(Urls.Term(t.Id)))),
        new("label", "string", "The preferred label.", (w, c, t) => w.WriteStringValue(t.Label)),
        new("definition", "string", "What a record must say to carry the term.", (w, c, t) => w.WriteStringValue(t.Definition)),
        new("broader", "reference or null", "The broader term; null for a top term.", (w, c, t) =>
        {
            if (t.Broader is null) w.WriteNullValue();
            else Term(w, c, t.Broader.Id);
        }),
        new("scope_note", "string", "When to use the term and when not, in Markdown.", (w, c, t) => w.WriteStringValue(t.Body.Markdown)),
        new("offers", "list of references", "The offers filed under it or a narrower term.", (w, c, t) => Array(w, c.Site.Vocabulary.OffersUnder(t.Id), o => Offer(w, c, o.Id))),
        new("articles", "list of references", "The articles filed under it or a narrower term.", (w, c, t) => Array(w, c.Site.Vocabulary.ArticlesUnder(t.Id), a => Article(w, c, a.Id))),
        new("last_updated", "date or null", "When the term's file last changed (from git).", (w, c, t) => WriteOrNull(w, c.LastUpdated(t.File))),
    ];

    private static void Passage(Utf8JsonWriter w, DataContext c, CitedQuote q)
    {
        w.WriteStartObject();
        w.WriteString("role", Codes.Of(q.Role));
        w.WriteString("quote", q.Quote);
        w.WriteString("note", q.Note);
        w.WriteString("passage_url", c.PassageUrl(q.ArticleId, q.AnchorId));
        w.WritePropertyName("cited_by");
        if (q.CitedByUrl is null)
        {
            w.WriteNullValue();
        }
        else
        {
            w.WriteStartObject();
            w.WriteString("kind", Codes.Of(q.CitedByKind));
            w.WriteString("id", q.CitedById);
            w.WriteString("title", q.CitedByTitle);
            w.WriteString("page_url", c.Absolute(q.CitedByUrl));
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void WriteOrNull(Utf8JsonWriter w, string? value)
    {
        if (value is null) w.WriteNullValue();
        else w.WriteStringValue(value);
    }
}
