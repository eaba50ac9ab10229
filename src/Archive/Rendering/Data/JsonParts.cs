using System.Text.Json;
using Archive.Content;
using Archive.Linking;

namespace Archive.Rendering.Data;

/// <summary>
/// The objects that recur inside the JSON downloads (a reference to a record, a claim, an identifier, a quote), each
/// written in one place and documented beside its writer.
/// </summary>
public static class JsonParts
{
    public static readonly IReadOnlyList<FieldDoc> ReferenceFields =
    [
        new("id", "string", "The record's id (its file name); the key to join the downloads on."),
        new("name", "string", "For a group: its name. (An article or offer has title instead.)"),
        new("title", "string", "For an article or an offer: its title."),
        new("page_url", "URL", "The record's page in the archive."),
    ];

    public static readonly IReadOnlyList<FieldDoc> ClaimFields =
    [
        new("group", "reference", "The group the claim names."),
        new("certainty", "string", "How firmly the tie is supported: confirmed, reported, believed or disputed. A plain id written by the editors is confirmed, with no source."),
        new("source", "reference or null", "The article whose words support the claim; null when the editors assert it themselves."),
        new("quote", "string or null", "The exact words of the source, verified to occur once in its text."),
        new("passage_url", "URL or null", "The quote marked in the archive's copy of the source."),
        new("original_url", "URL or null", "The same words in the original, as a text fragment link (when the source's URL is known)."),
    ];

    public static readonly IReadOnlyList<FieldDoc> QuoteFields =
    [
        new("article", "reference", "The article quoted."),
        new("quote", "string", "The exact words, verified to occur once in the article's text."),
        new("note", "string or null", "The editors' note on this quote, where there is one."),
        new("passage_url", "URL", "The quote marked in the archive's copy (the article page when it reproduces no text)."),
        new("original_url", "URL or null", "The same words in the original, as a text fragment link (when the article's URL is known)."),
    ];

    public static readonly IReadOnlyList<FieldDoc> IdentifierFields =
    [
        new("scheme", "string", "The dataset: wikidata, ucdp_actor, ucdp_conflict, pax, acled_actor or mmp."),
        new("label", "string", "The dataset's name."),
        new("value", "string", "The record's id in that dataset."),
        new("url", "URL or null", "The dataset's page for that id, where it has one."),
    ];

    public static void Group(Utf8JsonWriter w, DataContext c, string id)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("name", c.Site.Group(id)?.Name);
        w.WriteString("page_url", c.Absolute(Urls.Group(id)));
        w.WriteEndObject();
    }

    public static void Article(Utf8JsonWriter w, DataContext c, string id)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("title", c.Site.Article(id)?.Title);
        w.WriteString("page_url", c.Absolute(Urls.Article(id)));
        w.WriteEndObject();
    }

    public static void Offer(Utf8JsonWriter w, DataContext c, string id)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("title", c.Site.Offer(id)?.Title);
        w.WriteString("page_url", c.Absolute(Urls.Offer(id)));
        w.WriteEndObject();
    }

    public static void Term(Utf8JsonWriter w, DataContext c, string id)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("label", c.Site.Vocabulary.Term(id)?.Label);
        w.WriteString("page_url", c.Absolute(Urls.Term(id)));
        w.WriteEndObject();
    }

    public static void ArticleOrNull(Utf8JsonWriter w, DataContext c, Ref? article)
    {
        if (article is null) w.WriteNullValue();
        else Article(w, c, article.Id);
    }

    public static void Claim(Utf8JsonWriter w, DataContext c, Claim claim)
    {
        w.WriteStartObject();
        ClaimProperties(w, c, claim);
        w.WriteEndObject();
    }

    /// <summary>The fields of a claim, inside an object already started (a relation adds its own).</summary>
    public static void ClaimProperties(Utf8JsonWriter w, DataContext c, Claim claim)
    {
        var evidence = c.Site.Evidence(claim);
        w.WritePropertyName("group");
        Group(w, c, claim.Group.Id);
        w.WriteString("certainty", claim.CertaintyName);
        w.WritePropertyName("source");
        ArticleOrNull(w, c, claim.Source);
        w.WriteString("quote", claim.Quote);
        w.WriteString("passage_url", evidence is null ? null : c.PassageUrl(evidence.ArticleId, evidence.AnchorId));
        w.WriteString("original_url", claim.Source is not null && claim.Quote is not null ? c.OriginalUrl(claim.Source.Id, claim.Quote) : null);
    }

    public static void Claims(Utf8JsonWriter w, DataContext c, IEnumerable<Claim> claims) => Array(w, claims, x => Claim(w, c, x));

    /// <summary>A quote of an article, marked at <paramref name="anchor"/>.</summary>
    public static void Quote(Utf8JsonWriter w, DataContext c, string articleId, string quote, string? note, string? anchor)
    {
        w.WriteStartObject();
        w.WritePropertyName("article");
        Article(w, c, articleId);
        w.WriteString("quote", quote);
        w.WriteString("note", note);
        w.WriteString("passage_url", anchor is null ? c.Absolute(Urls.Article(articleId)) : c.PassageUrl(articleId, anchor));
        w.WriteString("original_url", c.OriginalUrl(articleId, quote));
        w.WriteEndObject();
    }

    public static void Identifiers(Utf8JsonWriter w, IEnumerable<Identifier> identifiers) => Array(w, identifiers, i =>
    {
        w.WriteStartObject();
        w.WriteString("scheme", i.Scheme);
        w.WriteString("label", i.Label);
        w.WriteString("value", i.Value);
        w.WriteString("url", i.Url);
        w.WriteEndObject();
    });

    public static void Strings(Utf8JsonWriter w, IEnumerable<string> values) => Array(w, values, w.WriteStringValue);

    public static void Array<T>(Utf8JsonWriter w, IEnumerable<T> items, Action<T> write)
    {
        w.WriteStartArray();
        foreach (var item in items) write(item);
        w.WriteEndArray();
    }
}
