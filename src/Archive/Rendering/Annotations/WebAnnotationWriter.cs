using System.Globalization;
using System.Text.Json;
using Archive.Content;
using Archive.Content.Dates;
using Archive.Linking;
using Archive.Rendering.Data;

namespace Archive.Rendering.Annotations;

/// <summary>
/// Writes annotations as a W3C Web Annotation collection in JSON-LD: an <c>AnnotationCollection</c> whose first (and
/// only) page holds every annotation. Each annotation targets the archive's page (a <c>TextQuoteSelector</c> and a
/// <c>TextPositionSelector</c>, see <see cref="PageText"/>) and, where the URL is known, the original (a
/// <c>TextQuoteSelector</c> of the source's words; a position would be meaningless on another page). Its body links to
/// the record that quotes the passage, says what the passage is evidence of, or carries the editors' note.
/// </summary>
public static class WebAnnotationWriter
{
    public const string JsonLdContext = "http://www.w3.org/ns/anno.jsonld";
    public const string MediaType = "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";

    public static void Collection(Stream output, DataContext c, string url, string label, IReadOnlyCollection<AnnotatedPassage> annotations)
    {
        var id = c.Absolute(url);
        using var w = new Utf8JsonWriter(output, JsonDownloads.Options);
        w.WriteStartObject();
        w.WriteString("@context", JsonLdContext);
        w.WriteString("id", id);
        w.WriteString("type", "AnnotationCollection");
        w.WriteString("label", label);
        w.WriteNumber("total", annotations.Count);
        w.WriteStartObject("first");
        w.WriteString("id", id + "#page-1");
        w.WriteString("type", "AnnotationPage");
        w.WriteNumber("startIndex", 0);
        w.WriteStartArray("items");
        foreach (var annotation in annotations)
        {
            Annotation(w, c, annotation);
            if (w.BytesPending > 1 << 16) w.Flush();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Annotation(Utf8JsonWriter w, DataContext c, AnnotatedPassage a)
    {
        var site = c.Site;
        var article = site.Article(a.ArticleId)!;
        w.WriteStartObject();
        w.WriteString("id", c.Absolute(Urls.ArticleAnnotations(a.ArticleId)) + "#" + a.Id);
        w.WriteString("type", "Annotation");
        var commenting = a.Quote is null || a.Quote.Role == QuoteRole.Note;
        w.WriteString("motivation", commenting ? "commenting" : "linking");
        w.WriteStartObject("creator");
        w.WriteString("type", "Organization");
        w.WriteString("name", site.Config.Title);
        w.WriteString("homepage", c.Absolute(Urls.Home));
        w.WriteEndObject();

        w.WriteStartArray("body");
        if (a.Quote is null) TextBody(w, "commenting", a.InlineNote ?? "", site.Config.Language);
        else QuoteBodies(w, c, a.Quote);
        w.WriteEndArray();

        w.WriteStartArray("target");
        if (a.OnPage is { } onPage)
        {
            w.WriteStartObject();
            w.WriteString("type", "SpecificResource");
            w.WriteString("source", c.Absolute(Urls.Article(a.ArticleId)));
            w.WriteStartArray("selector");
            QuoteSelector(w, onPage.Quote);
            w.WriteStartObject();
            w.WriteString("type", "TextPositionSelector");
            w.WriteNumber("start", onPage.Start);
            w.WriteNumber("end", onPage.End);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }
        if (article.Url is { } original && a.InOriginal is { } words)
        {
            w.WriteStartObject();
            w.WriteString("type", "SpecificResource");
            w.WriteString("source", original);
            w.WritePropertyName("selector");
            QuoteSelector(w, words);
            if (article.ArchivedUrl is { } archived)
            {
                w.WriteStartObject("state");
                w.WriteString("type", "TimeState");
                w.WriteString("cached", archived);
                if (article.Retrieved?.Start is { Precision: DatePrecision.Day } day)
                    w.WriteString("sourceDate", day.Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z");
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void QuoteBodies(Utf8JsonWriter w, DataContext c, CitedQuote q)
    {
        var site = c.Site;
        var language = site.Config.Language;
        if (q.CitedByUrl is { } citing) PageBody(w, c.Absolute(citing), q.CitedByTitle, language);
        switch (q.Role)
        {
            case QuoteRole.Note:
                TextBody(w, "commenting", q.Note ?? "", language);
                break;
            case QuoteRole.Source:
                TextBody(w, "describing", $"Reports the offer “{q.CitedByTitle}”.", language);
                break;
            case QuoteRole.Claim when q.Claim is { } claim:
                var group = site.Group(claim.Group.Id);
                if (group is not null && Urls.Group(group.Id) != q.CitedByUrl) PageBody(w, c.Absolute(Urls.Group(group.Id)), group.Name, language);
                TextBody(w, "tagging", claim.CertaintyName, language);
                TextBody(w, "describing", ClaimText(q, group?.Name ?? claim.Group.Id), language);
                break;
            case QuoteRole.DisputePosition:
                TextBody(w, "describing", $"One side of the dispute about {q.Dispute?.About} in the record of the offer “{q.CitedByTitle}”.", language);
                if (q.Note is { Length: > 0 } note) TextBody(w, "commenting", note, language);
                break;
        }
    }

    /// <summary>"Evidence that Kataib Hezbollah made the offer “…” (reported)."</summary>
    private static string ClaimText(CitedQuote q, string group)
    {
        var certainty = q.Claim!.CertaintyName;
        var title = q.CitedByTitle;
        return q.Field switch
        {
            "by" => $"Evidence that {group} made the offer “{title}” ({certainty}).",
            "to" => $"Evidence that the offer “{title}” was addressed to {group} ({certainty}).",
            "via" => $"Evidence that {group} carried or mediated the offer “{title}” ({certainty}).",
            "member_of" => $"Evidence that {title} is a member of {group} ({certainty}).",
            "allied-with" => $"Evidence that {title} is allied with {group} ({certainty}).",
            "rival-of" => $"Evidence that {title} is a rival of {group} ({certainty}).",
            "splinter-of" => $"Evidence that {title} is a splinter of {group} ({certainty}).",
            "merged-into" => $"Evidence that {title} merged into {group} ({certainty}).",
            "front-for" => $"Evidence that {title} is a front for {group} ({certainty}).",
            var field => $"Evidence for “{field}” between {title} and {group} ({certainty}).",
        };
    }

    private static void PageBody(Utf8JsonWriter w, string url, string title, string language)
    {
        w.WriteStartObject();
        w.WriteString("id", url);
        w.WriteString("type", "Text");
        w.WriteString("format", "text/html");
        w.WriteString("language", language);
        w.WriteString("label", title);
        w.WriteEndObject();
    }

    private static void TextBody(Utf8JsonWriter w, string purpose, string value, string language)
    {
        w.WriteStartObject();
        w.WriteString("type", "TextualBody");
        w.WriteString("purpose", purpose);
        w.WriteString("value", value);
        w.WriteString("format", "text/plain");
        w.WriteString("language", language);
        w.WriteEndObject();
    }

    private static void QuoteSelector(Utf8JsonWriter w, TextQuote quote)
    {
        w.WriteStartObject();
        w.WriteString("type", "TextQuoteSelector");
        w.WriteString("exact", quote.Exact);
        w.WriteString("prefix", quote.Prefix);
        w.WriteString("suffix", quote.Suffix);
        w.WriteEndObject();
    }
}
