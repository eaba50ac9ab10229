using System.Text.Encodings.Web;
using System.Text.Json;
using Archive.Linking;

namespace Archive.Rendering.Data;

/// <summary>
/// Writes <c>articles.json</c>, <c>groups.json</c>, <c>offers.json</c> and <c>terms.json</c>: an object saying which archive, version and
/// licence the file is, and the records, by id, each with the fields of <see cref="JsonRecords"/>. Streamed with
/// <see cref="Utf8JsonWriter"/>, so a large archive is never held as one string.
/// </summary>
public static class JsonDownloads
{
    /// <summary>Readable and diffable; non-ASCII text (Arabic names) is written as it is, not as escapes.</summary>
    public static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly IReadOnlyList<FieldDoc> EnvelopeFields =
    [
        new("title", "string", "What the file holds."),
        new("archive", "string", "The archive's title."),
        new("url", "URL", "Where this file is published."),
        new("version", "string", "The version of the archive: the first 12 digits of the commit that last changed the records, or unversioned."),
        new("commit", "string or null", "That commit in full."),
        new("date", "date", "The day of that commit: the date to cite."),
        new("license", "string or null", "The licence the editors state for the records; null when none is stated."),
        new("license_url", "URL or null", "Where the licence's text is."),
        new("count", "integer", "How many records follow."),
        new("offers", "list of offers", "In offers.json: the offers, by id."),
        new("articles", "list of articles", "In articles.json: the articles, by id."),
        new("groups", "list of groups", "In groups.json: the groups, by id."),
        new("terms", "list of terms", "In terms.json: the vocabulary, by id."),
    ];

    public static void Articles(Stream output, DataContext c) =>
        Write(output, c, "articles", "Articles", c.Site.Articles.OrderBy(a => a.Id, StringComparer.Ordinal), c.Site.Articles.Count, JsonRecords.ArticleFields);

    public static void Groups(Stream output, DataContext c) =>
        Write(output, c, "groups", "Groups", c.Site.Groups.OrderBy(g => g.Id, StringComparer.Ordinal), c.Site.Groups.Count, JsonRecords.GroupFields);

    public static void Offers(Stream output, DataContext c) =>
        Write(output, c, "offers", "Offers", c.Site.Offers.OrderBy(o => o.Id, StringComparer.Ordinal), c.Site.Offers.Count, JsonRecords.OfferFields);

    public static void Terms(Stream output, DataContext c) =>
        Write(output, c, "terms", "Terms", c.Site.Vocabulary.All.OrderBy(t => t.Id, StringComparer.Ordinal), c.Site.Vocabulary.All.Count, JsonRecords.TermFields);

    private static void Write<T>(Stream output, DataContext c, string name, string title, IEnumerable<T> records, int count, IReadOnlyList<JsonField<T>> fields)
    {
        var site = c.Site;
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteString("title", $"{title} of the {site.Config.Title}");
        w.WriteString("archive", site.Config.Title);
        w.WriteString("url", c.Absolute(Urls.DataFile(name + ".json")));
        w.WriteString("version", site.Version.Name);
        w.WriteString("commit", site.Version.Commit);
        w.WriteString("date", DataContext.Day(site.Version.Date));
        w.WriteString("license", site.Config.License);
        w.WriteString("license_url", site.Config.LicenseUrl);
        w.WriteNumber("count", count);
        w.WritePropertyName(name);
        w.WriteStartArray();
        foreach (var record in records)
        {
            w.WriteStartObject();
            foreach (var field in fields)
            {
                w.WritePropertyName(field.Name);
                field.Write(w, c, record);
            }
            w.WriteEndObject();
            // Hand each record on to the stream rather than buffering the whole archive.
            if (w.BytesPending > 1 << 16) w.Flush();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
