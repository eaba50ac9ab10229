using System.Text;

namespace Archive.Rendering.Citations;

/// <summary>
/// The human-readable "Cite this page" text, in Chicago notes-bibliography style (bibliography entry form):
/// <c>Porter, Gareth. "Bush's Wavering Halts Insurgent Peace Talks." Antiwar.com, May 6, 2006. https://….</c>
/// </summary>
/// <remarks>
/// Titles of articles, posts and pages are quoted; titles of reports and data sets, and names of newspapers,
/// magazines and blogs, are italic (see <see cref="ChicagoSpans"/>). Website names stay roman, as Chicago sets them.
/// The access date appears only when the item has no date of its own, as Chicago advises. Straight quotes are
/// used so the text survives any encoding and copy-paste.
/// </remarks>
public static class CitationText
{
    /// <summary>The Chicago citation as plain text, with no markup for italics.</summary>
    public static string Chicago(CitationRecord r) => string.Concat(ChicagoSpans(r).Select(s => s.Text));

    /// <summary>The Chicago citation as runs of roman and italic text, for callers that can render italics.</summary>
    public static IReadOnlyList<CitationTextSpan> ChicagoSpans(CitationRecord r)
    {
        var text = new SpanBuilder();

        if (r.Authors.Count > 0) text.Sentence(Authors(r.Authors));

        var title = CitationStrings.Clean(r.Title)!;
        text.Separate();
        if (r.Kind is CitationKind.Report or CitationKind.Dataset)
        {
            text.Italic(title);
            text.Roman(EndsSentence(title) ? "" : ".");
        }
        else
        {
            text.Roman(QuotedTitle(title));
        }

        var container = CitationStrings.Clean(r.ContainerTitle);
        var publisher = CitationStrings.Clean(r.Publisher);
        // An item known only by its update date gets "Last updated …" below, not the same date twice.
        var date = r.Issued is null ? null : Date(r.Issued, CitationStrings.MainDateIsCirca(r));

        switch (r.Kind)
        {
            case CitationKind.NewspaperArticle or CitationKind.MagazineArticle or CitationKind.BlogPost:
                // "Antiwar.com, May 6, 2006." with the publication in italics.
                var source = container ?? publisher;
                if (source is not null)
                {
                    text.Space();
                    text.Italic(source);
                    if (r.Kind == CitationKind.BlogPost && !source.Contains("blog", StringComparison.OrdinalIgnoreCase))
                        text.Roman(" (blog)");
                    text.Roman(date is not null ? $", {date}." : EndsSentence(source) ? "" : ".");
                }
                else if (date is not null)
                {
                    text.Sentence(date);
                }
                break;

            case CitationKind.WebPage:
                // "Site Title. Publisher. Month D, YYYY." with website names in roman.
                if (container is not null) text.Sentence(container);
                if (publisher is not null && publisher != container) text.Sentence(publisher);
                if (date is not null) text.Sentence(date);
                break;

            default:
                // Reports and data sets: "Publisher, Month D, YYYY."
                var issuer = publisher ?? container;
                if (issuer is not null) text.Sentence(date is null ? issuer : $"{issuer}, {date}");
                else if (date is not null) text.Sentence(date);
                break;
        }

        if (CitationStrings.SeparateUpdate(r) is { } updated) text.Sentence($"Last updated {Date(updated, circa: false)}");
        if (r.Issued is null && r.Updated is null && r.Accessed is not null)
            text.Sentence($"Accessed {Date(r.Accessed, circa: false)}");
        if (CitationStrings.Clean(r.Version) is { } version) text.Sentence($"Version {version}");
        if (CitationStrings.Clean(r.Url ?? r.ArchiveUrl) is { } url) text.Sentence(url);

        return text.Build();
    }

    /// <summary>"May 6, 2006", "May 2006" or "2006"; approximate dates get Chicago's "ca.".</summary>
    private static string Date(CitationDate date, bool circa)
    {
        var text = (date.Month, date.Day) switch
        {
            (null, _) => $"{date.Year}",
            (int m, null) => $"{CitationStrings.MonthName(m)} {date.Year}",
            (int m, int d) => $"{CitationStrings.MonthName(m)} {d}, {date.Year}",
        };
        return circa ? "ca. " + text : text;
    }

    /// <summary>
    /// First author inverted for sorting, the rest in reading order: "Porter, Gareth, and James Joyner". Beyond six
    /// authors, the first three and "et al.", as the 18th edition of the Manual advises.
    /// </summary>
    private static string Authors(IReadOnlyList<CitationName> authors)
    {
        var names = authors.Select((a, i) => i == 0 ? a.Inverted : a.ToString()).ToList();
        return names.Count switch
        {
            1 => names[0],
            2 => $"{names[0]}, and {names[1]}",
            > 6 => string.Join(", ", names.Take(3)) + ", et al.",
            _ => string.Join(", ", names.Take(names.Count - 1)) + ", and " + names[^1],
        };
    }

    /// <summary>
    /// <c>"Title."</c> with the period inside the quotes, none added after a question or exclamation mark, and
    /// double quotes within the title turned single, as Chicago nests them.
    /// </summary>
    private static string QuotedTitle(string title)
    {
        var inner = title.Replace('"', '\'').Replace('\u201C', '\u2018').Replace('\u201D', '\u2019');
        // A title ending in a quotation takes the period inside it too: "… 'Mission Accomplished.'"
        var closing = title.EndsWith('"') || title.EndsWith('\u201D') ? inner[^1..] : "";
        var body = inner[..^closing.Length];
        return "\"" + body + (EndsSentence(body) ? "" : ".") + closing + "\"";
    }

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '?' or '!' or '\u2026';

    /// <summary>Collects runs of text, merging neighbours of the same style.</summary>
    private sealed class SpanBuilder
    {
        private readonly List<CitationTextSpan> _spans = [];
        private readonly StringBuilder _current = new();
        private bool _italic;

        public void Roman(string text) => Append(text, italic: false);

        public void Italic(string text) => Append(text, italic: true);

        public void Space() => Roman(" ");

        /// <summary>A space, unless nothing has been written yet.</summary>
        public void Separate()
        {
            if (_spans.Count > 0 || _current.Length > 0) Space();
        }

        /// <summary>A roman sentence, separated from what came before and ended with a period if it has none.</summary>
        public void Sentence(string text)
        {
            Separate();
            Roman(EndsSentence(text) ? text : text + ".");
        }

        public IReadOnlyList<CitationTextSpan> Build()
        {
            Flush();
            return _spans.ToList();
        }

        private void Append(string text, bool italic)
        {
            if (text.Length == 0) return;
            if (italic != _italic) Flush();
            _italic = italic;
            _current.Append(text);
        }

        private void Flush()
        {
            if (_current.Length > 0) _spans.Add(new CitationTextSpan(_current.ToString(), _italic));
            _current.Clear();
        }
    }
}
