using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Archive.Rendering.Citations;

/// <summary>
/// Writes a citation as CSL-JSON: an array holding one item, as Zotero, Pandoc and citeproc processors read it.
/// </summary>
/// <remarks>
/// Written with <see cref="Utf8JsonWriter"/> rather than a serializer so that property order is fixed by this code.
/// Non-ASCII text is written as is for readability; the writer still escapes quotes, backslashes and control
/// characters, so the output is always valid JSON.
/// </remarks>
public static class CslJsonFormatter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The CSL-JSON array, indented with two spaces, ending in a newline.</summary>
    public static string Format(CitationRecord r)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            json.WriteStartObject();
            json.WriteString("id", CitationKey.For(r));
            json.WriteString("type", CslType(r.Kind));
            WriteText(json, "title", r.Title);

            if (r.Authors.Count > 0)
            {
                json.WriteStartArray("author");
                foreach (var name in r.Authors)
                {
                    json.WriteStartObject();
                    WriteText(json, "family", name.Family);
                    WriteText(json, "given", name.Given);
                    WriteText(json, "literal", name.Literal);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }

            WriteText(json, "container-title", r.ContainerTitle);
            WriteText(json, "publisher", r.Publisher);
            Date(json, "issued", CitationStrings.MainDate(r), CitationStrings.MainDateIsCirca(r));
            Date(json, "accessed", r.Accessed, circa: false);
            WriteText(json, "URL", r.Url);
            WriteText(json, "language", r.Language);
            WriteText(json, "abstract", r.Abstract);

            // CSL has no revision-date or archived-copy variable; Zotero imports "note" into Extra, one line each.
            var notes = new List<string>();
            if (CitationStrings.SeparateUpdate(r) is { } updated) notes.Add($"Last updated {updated}");
            if (CitationStrings.Clean(r.ArchiveUrl) is { } archived) notes.Add($"Archived copy: {archived}");
            if (notes.Count > 0) json.WriteString("note", string.Join("\n", notes));

            json.WriteEndObject();
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    /// <summary>The CSL item type for a kind.</summary>
    public static string CslType(CitationKind kind) => kind switch
    {
        CitationKind.NewspaperArticle => "article-newspaper",
        CitationKind.MagazineArticle => "article-magazine",
        CitationKind.BlogPost => "post-weblog",
        CitationKind.WebPage => "webpage",
        CitationKind.Report => "report",
        CitationKind.Dataset => "dataset",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown citation kind."),
    };

    private static void WriteText(Utf8JsonWriter json, string name, string? value)
    {
        if (CitationStrings.Clean(value) is { } clean) json.WriteString(name, clean);
    }

    private static void Date(Utf8JsonWriter json, string name, CitationDate? date, bool circa)
    {
        if (date is null) return;
        json.WriteStartObject(name);
        // Written raw so the parts stay on one line ([[2006, 5, 6]]) instead of one number per line.
        var parts = new List<int> { date.Year };
        if (date.Month is { } month) parts.Add(month);
        if (date.Day is { } day) parts.Add(day);
        json.WritePropertyName("date-parts");
        json.WriteRawValue("[[" + string.Join(", ", parts.Select(p => p.ToString(CultureInfo.InvariantCulture))) + "]]");
        if (circa) json.WriteBoolean("circa", true);
        json.WriteEndObject();
    }
}
