using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using Scriban;
using Scriban.Syntax;

namespace Archive.Rendering.Theme;

/// <summary>
/// Where a template writes links, ids, <c>&lt;h1&gt;</c>s, the <c>&lt;title&gt;</c> and the <c>lang</c> of
/// <c>&lt;html&gt;</c>, worked out once per build from the template itself, so that every page can collect its
/// <see cref="Links.PageLinks"/> while it renders instead of being parsed again afterwards.
/// </summary>
/// <remarks>
/// What a page prints is the template's literal markup with values in between, and a value can never change where the
/// markup is (text is encoded; safe HTML is whole elements). So the template's literal text, with a placeholder for
/// every printed value and the branches of <c>if</c> and <c>for</c> laid side by side, is tokenized once with
/// AngleSharp; each attribute that matters (and the title's text) becomes a <em>capture</em> whose value is made of
/// literal pieces and printed values. At render time the page replays the events of each literal piece it writes
/// (<see cref="PageLinkCollector"/>): a fully literal value is known at once, a mixed one is assembled from the
/// pieces and values actually written. The tests compare what this collects with AngleSharp's reading of the
/// finished pages.
/// </remarks>
internal sealed class TemplateLinkMap
{
    private const char PlaceholderStart = '\uE000';
    private const char PlaceholderEnd = '\uE001';

    private TemplateLinkMap(Dictionary<ScriptRawStatement, RawEvent[]> raw, Dictionary<ScriptExpressionStatement, int> prints, CaptureKind[] captures)
    {
        Raw = raw;
        Prints = prints;
        Captures = captures;
    }

    /// <summary>What writing each literal piece means, in the order it happens within the piece.</summary>
    public IReadOnlyDictionary<ScriptRawStatement, RawEvent[]> Raw { get; }

    /// <summary>The capture each printed value belongs to (only values inside a captured attribute or title).</summary>
    public IReadOnlyDictionary<ScriptExpressionStatement, int> Prints { get; }

    public IReadOnlyList<CaptureKind> Captures { get; }

    /// <summary>Analyses every template of a theme into one map (nodes are distinct objects, so maps never collide).</summary>
    public static TemplateLinkMap For(IEnumerable<Template> templates)
    {
        var raw = new Dictionary<ScriptRawStatement, RawEvent[]>(ReferenceEqualityComparer.Instance);
        var prints = new Dictionary<ScriptExpressionStatement, int>(ReferenceEqualityComparer.Instance);
        var captures = new List<CaptureKind>();
        foreach (var template in templates)
        {
            if (template.Page is { } page) Analyse(page, raw, prints, captures);
        }
        return new TemplateLinkMap(raw, prints, [.. captures]);
    }

    private static void Analyse(ScriptNode page, Dictionary<ScriptRawStatement, RawEvent[]> rawEvents,
        Dictionary<ScriptExpressionStatement, int> prints, List<CaptureKind> captures)
    {
        var skeleton = new StringBuilder();
        var raws = new List<(ScriptRawStatement Node, int Start, int End)>();
        var values = new List<(ScriptExpressionStatement Node, int Start)>();
        Collect(page, skeleton, raws, values);
        var text = skeleton.ToString();
        if (raws.Count == 0) return;

        var events = new List<(int Raw, int At, RawEvent Event)>();
        int RawAt(int position)
        {
            // Pieces are in text order and do not overlap: binary search for the one holding the position.
            int lo = 0, hi = raws.Count - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) / 2;
                if (position < raws[mid].Start) hi = mid - 1;
                else if (position >= raws[mid].End) lo = mid + 1;
                else return mid;
            }
            return -1;
        }

        void Capture(CaptureKind kind, int valueStart, int valueEnd, string? decoded)
        {
            var first = RawAt(valueStart - 1);
            var last = RawAt(valueEnd);
            if (first < 0 || last < 0) return;
            if (first == last)
            {
                events.Add((first, valueStart - 1, new RawEvent(RawEventKind.Literal, kind, -1, decoded ?? Decode(text[valueStart..valueEnd]))));
                return;
            }
            var id = captures.Count;
            captures.Add(kind);
            events.Add((first, valueStart - 1, new RawEvent(RawEventKind.Begin, kind, id, Decode(text[valueStart..raws[first].End]))));
            for (var r = first + 1; r < last; r++)
            {
                events.Add((r, raws[r].Start, new RawEvent(RawEventKind.Append, kind, id, Decode(text[raws[r].Start..raws[r].End]))));
            }
            events.Add((last, valueEnd, new RawEvent(RawEventKind.End, kind, id, Decode(text[raws[last].Start..valueEnd]))));
            foreach (var (node, at) in values)
            {
                if (at >= valueStart && at < valueEnd) prints[node] = id;
            }
        }

        var titleStart = -1;
        var parser = new HtmlParser(new HtmlParserOptions
        {
            OnToken = (token, range) =>
            {
                if (token is not HtmlTagToken tag) return;
                var tagStart = TagStart(text, range.Start.Position);
                if (tagStart < 0) return;
                if (token.Type == HtmlTokenType.EndTag)
                {
                    if (tag.Name == "title" && titleStart >= 0) Capture(CaptureKind.Title, titleStart, tagStart, null);
                    titleStart = -1;
                    return;
                }
                if (token.Type != HtmlTokenType.StartTag) return;
                if (tag.Name == "h1" && RawAt(tagStart) is >= 0 and var h1) events.Add((h1, tagStart, new RawEvent(RawEventKind.Literal, CaptureKind.H1, -1, "")));
                if (tag.Name == "title" && !tag.IsSelfClosing) titleStart = text.IndexOf('>', tagStart) + 1;
                foreach (var attribute in tag.Attributes)
                {
                    var kind = KindOf(tag.Name, attribute.Name);
                    if (kind is null) continue;
                    if (ValueRange(text, attribute.Position.Position - 1, attribute.Name.Length) is not var (start, end)) continue;
                    Capture(kind.Value, start, end, start == end || text.IndexOf(PlaceholderStart, start, end - start) < 0 ? attribute.Value : null);
                }
            },
        });
        parser.ParseDocument(text);

        foreach (var group in events.GroupBy(e => e.Raw))
        {
            rawEvents[raws[group.Key].Node] = group.OrderBy(e => e.At).Select(e => e.Event).ToArray();
        }
    }

    /// <summary>The template's literal text in order, with a placeholder for each printed value.</summary>
    private static void Collect(ScriptNode node, StringBuilder skeleton, List<(ScriptRawStatement, int, int)> raws,
        List<(ScriptExpressionStatement, int)> values)
    {
        switch (node)
        {
            case ScriptRawStatement raw:
                var piece = raw.Text.ToString();
                if (piece.Length == 0) return;
                raws.Add((raw, skeleton.Length, skeleton.Length + piece.Length));
                skeleton.Append(piece);
                return;
            case ScriptExpressionStatement { CanOutput: true } print:
                values.Add((print, skeleton.Length));
                skeleton.Append(PlaceholderStart).Append(values.Count).Append(PlaceholderEnd);
                return;
            // Their output goes into a variable or a function's result, not straight into the page.
            case ScriptCaptureStatement or ScriptFunction or ScriptWrapStatement:
                return;
        }
        foreach (var child in node.Children)
        {
            if (child is not null) Collect(child, skeleton, raws, values);
        }
    }

    private static CaptureKind? KindOf(string tag, string attribute) => (tag, attribute) switch
    {
        (_, "id") => CaptureKind.Id,
        ("a", "href") => CaptureKind.PageLink,
        ("link", "href") or ("script", "src") or ("img", "src") => CaptureKind.ResourceLink,
        ("html", "lang") => CaptureKind.Language,
        _ => null,
    };

    /// <summary>Where an attribute's value lies in the text, from the position of its name; null when it has no value.</summary>
    private static (int Start, int End)? ValueRange(string text, int nameStart, int nameLength)
    {
        if (nameStart < 0 || nameStart + nameLength > text.Length) return null;
        var i = nameStart + nameLength;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        if (i >= text.Length || text[i] != '=') return null;
        i++;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        if (i >= text.Length) return null;
        if (text[i] is '"' or '\'')
        {
            var close = text.IndexOf(text[i], i + 1);
            return close < 0 ? null : (i + 1, close);
        }
        var end = i;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '>') end++;
        return end >= text.Length ? null : (i, end);
    }

    /// <summary>AngleSharp counts positions from 1; the tag starts at the <c>&lt;</c> there or just before.</summary>
    private static int TagStart(string text, int position)
    {
        for (var i = Math.Max(0, position - 1); i >= 0 && i >= position - 2; i--)
        {
            if (i < text.Length && text[i] == '<') return i;
        }
        return -1;
    }

    private static string Decode(string piece) => piece.Contains('&') ? WebUtility.HtmlDecode(piece) : piece;
}

/// <summary>What a capture finds.</summary>
internal enum CaptureKind
{
    PageLink,
    ResourceLink,
    Id,
    Language,
    Title,
    H1,
}

internal enum RawEventKind
{
    /// <summary>A value entirely inside one literal piece (or an <c>&lt;h1&gt;</c>): known as soon as the piece is written.</summary>
    Literal,

    /// <summary>A value starts in this piece and continues with printed values and later pieces.</summary>
    Begin,

    /// <summary>A whole literal piece in the middle of a value.</summary>
    Append,

    /// <summary>The value ends in this piece.</summary>
    End,
}

/// <param name="Capture">The capture a <see cref="RawEventKind.Begin"/>, <see cref="RawEventKind.Append"/> or <see cref="RawEventKind.End"/> belongs to.</param>
/// <param name="Text">The literal (decoded) text this piece contributes.</param>
internal readonly record struct RawEvent(RawEventKind Kind, CaptureKind What, int Capture, string Text);
