using System.Text.Json;
using Archive.Linking;

namespace Archive.Rendering.Data;

/// <summary>
/// Writes <c>datapackage.json</c>: a Frictionless Data Package (v1) naming the archive, its version and licence, with a
/// Table Schema for every CSV (each column's name, type and description, the primary key and the foreign keys between
/// the tables) and the JSON downloads as further resources. Paths are relative, so the package works wherever it is copied.
/// </summary>
public static class DataPackageWriter
{
    /// <summary>The JSON downloads, as the package lists them: file name and what it holds.</summary>
    public static readonly IReadOnlyList<(string File, string Title, string Description)> JsonFiles =
    [
        ("offers.json", "Offers (JSON)", "Every offer with every field of its record: claims with certainty and evidence, events, responses, disputes with each side's quote, sources with their marked passages, identifiers."),
        ("articles.json", "Articles (JSON)", "Every article with its metadata, its text in Markdown (where the archive reproduces it), its notes and every quoted passage."),
        ("groups.json", "Groups (JSON)", "Every group with its names, memberships and relations (with certainty and evidence) and identifiers."),
        ("terms.json", "Terms (JSON)", "The controlled vocabulary: every term with its definition, broader term, scope note and the offers and articles filed under it."),
        ("annotations.jsonld", "Web annotations (JSON-LD)", "Every quote in the archive as a W3C Web Annotation, anchored in the archive's copy and in the original."),
    ];

    public static void Write(Stream output, DataContext c)
    {
        var site = c.Site;
        using var w = new Utf8JsonWriter(output, JsonDownloads.Options);
        w.WriteStartObject();
        w.WriteString("profile", "data-package");
        w.WriteString("name", PackageName(site.Config.Title));
        w.WriteString("title", site.Config.Title);
        if (site.Config.Description is { } description) w.WriteString("description", description);
        w.WriteString("homepage", c.Absolute(Urls.Data));
        w.WriteString("version", site.Version.Name);
        w.WriteString("created", site.Version.Moment.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        if (site.Config.License is { } license)
        {
            w.WriteStartArray("licenses");
            w.WriteStartObject();
            w.WriteString("title", license);
            if (site.Config.LicenseUrl is { } path) w.WriteString("path", path);
            w.WriteEndObject();
            w.WriteEndArray();
        }
        w.WriteStartArray("contributors");
        foreach (var editor in site.Config.Editors)
        {
            w.WriteStartObject();
            w.WriteString("title", editor);
            w.WriteString("role", "author");
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("resources");
        foreach (var table in CsvTables.All) Table(w, table);
        foreach (var (file, title, text) in JsonFiles)
        {
            w.WriteStartObject();
            w.WriteString("name", file.Replace('.', '-'));
            w.WriteString("path", file);
            w.WriteString("title", title);
            w.WriteString("description", text);
            w.WriteString("format", file.EndsWith(".jsonld", StringComparison.Ordinal) ? "jsonld" : "json");
            w.WriteString("mediatype", file.EndsWith(".jsonld", StringComparison.Ordinal) ? "application/ld+json" : "application/json");
            w.WriteString("encoding", "utf-8");
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Table(Utf8JsonWriter w, ICsvTable table)
    {
        w.WriteStartObject();
        w.WriteString("name", table.Name);
        w.WriteString("path", table.File);
        w.WriteString("profile", "tabular-data-resource");
        w.WriteString("title", table.Title);
        w.WriteString("description", table.Description);
        w.WriteString("format", "csv");
        w.WriteString("mediatype", "text/csv");
        w.WriteString("encoding", "utf-8");
        w.WriteStartObject("dialect");
        w.WriteString("delimiter", ",");
        w.WriteString("lineTerminator", "\r\n");
        w.WriteString("quoteChar", "\"");
        w.WriteBoolean("doubleQuote", true);
        w.WriteBoolean("header", true);
        w.WriteEndObject();
        w.WriteStartObject("schema");
        w.WriteStartArray("fields");
        foreach (var field in table.Fields)
        {
            w.WriteStartObject();
            w.WriteString("name", field.Name);
            w.WriteString("type", field.Type);
            w.WriteString("description", field.Description);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("missingValues");
        w.WriteStringValue("");
        w.WriteEndArray();
        if (table.PrimaryKey.Count == 1) w.WriteString("primaryKey", table.PrimaryKey[0]);
        else
        {
            w.WriteStartArray("primaryKey");
            foreach (var key in table.PrimaryKey) w.WriteStringValue(key);
            w.WriteEndArray();
        }
        w.WriteStartArray("foreignKeys");
        foreach (var key in table.ForeignKeys)
        {
            w.WriteStartObject();
            w.WriteString("fields", key.Field);
            w.WriteStartObject("reference");
            w.WriteString("resource", key.Resource);
            w.WriteString("fields", key.ReferencedField);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>A package name is lower case letters, digits and <c>-._</c>: "Ceasefire Offers Archive" → <c>ceasefire-offers-archive</c>.</summary>
    public static string PackageName(string title)
    {
        var slug = Content.RecordId.Slugify(title);
        return slug.Length == 0 ? "archive" : slug;
    }
}
