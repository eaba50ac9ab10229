using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Archive.Rendering.Annotations;

/// <summary>
/// The text of a published article page, as annotations count it: the <c>textContent</c> of its <c>&lt;body&gt;</c>
/// element (every text node in document order, nothing added or removed), which is what a browser's
/// <c>document.body.textContent</c> returns and where Hypothesis-style clients count positions. Positions are Unicode code
/// points, as the Web Annotation model asks. The page is parsed as a browser with scripting would parse it.
/// </summary>
public sealed partial class PageText
{
    /// <summary>How much context a <see cref="TextQuote"/> carries on each side.</summary>
    public const int Context = 32;

    // Words the archive adds to the source's: margin notes, citation links, heading anchors. Left out of InOriginal.
    private static readonly string[] EditorAdditions = ["sidenote", "quote-cite", "heading-anchor", "note-ref", "print-notes"];

    // The paragraph-like elements that bound the context of a passage in the original.
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "li", "blockquote", "dd", "dt", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "pre", "caption",
    };

    private readonly string _text;
    private readonly string _source;
    private readonly List<Span> _spans = [];
    private readonly Dictionary<string, List<int>> _marked = new(StringComparer.Ordinal);
    private readonly List<(IElement Element, List<int> Spans)> _annotated = [];
    private readonly Dictionary<IElement, (int Start, int End)> _blocks = [];
    private readonly bool _astral;

    private PageText(IElement body)
    {
        var text = new StringBuilder();
        var source = new StringBuilder();
        var annotated = new Dictionary<IElement, int>();
        foreach (var node in Html.TreeWalk.Descendants<IText>(body))
        {
            var parent = node.ParentElement;
            // One walk up from the text: is it the editors', and which paragraph is it in (selectors would parse per node).
            var editors = false;
            IElement? paragraph = null;
            for (var e = parent; e is not null && e != body; e = e.ParentElement)
            {
                if (!editors && IsEditors(e.GetAttribute("class"))) editors = true;
                paragraph ??= Blocks.Contains(e.LocalName) ? e : null;
            }
            var span = new Span(text.Length, text.Length + node.Data.Length, source.Length, source.Length + (editors ? 0 : node.Data.Length),
                editors ? null : paragraph);
            text.Append(node.Data);
            if (!editors) source.Append(node.Data);
            var index = _spans.Count;
            _spans.Add(span);
            if (span.Block is { } block)
            {
                _blocks[block] = _blocks.TryGetValue(block, out var range) ? (range.Start, span.SourceEnd) : (span.SourceStart, span.SourceEnd);
            }
            // The editors' additions inside a passage (the citation of an overlapping quote) are not part of it.
            for (var e = editors ? null : parent; e is not null && e != body; e = e.ParentElement)
            {
                if (e.LocalName == "mark" && e.GetAttribute("data-quote") is { Length: > 0 } anchor)
                {
                    if (!_marked.TryGetValue(anchor, out var list)) _marked[anchor] = list = [];
                    list.Add(index);
                }
                else if (Html.TreeWalk.HasToken(e.GetAttribute("class"), "annotated"))
                {
                    if (!annotated.TryGetValue(e, out var at))
                    {
                        annotated[e] = at = _annotated.Count;
                        _annotated.Add((e, []));
                    }
                    _annotated[at].Spans.Add(index);
                }
            }
        }
        _text = text.ToString();
        _source = source.ToString();
        _astral = _text.Any(char.IsLowSurrogate);
    }

    private static bool IsEditors(string? classes)
    {
        if (classes is null) return false;
        foreach (var name in EditorAdditions)
        {
            if (Html.TreeWalk.HasToken(classes, name)) return true;
        }
        return false;
    }

    /// <summary>The body's text content.</summary>
    public string Text => _text;

    // One parser for every page: a parser made without a context makes a browsing context of its own, and did for
    // every annotated page. Parsing with it keeps no state between documents, so threads may share it.
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = true });

    public static PageText Read(string html)
    {
        var document = Parser.ParseDocument(html);
        return new PageText(document.Body!);
    }

    /// <summary>The passage marked with <c>data-quote="<paramref name="anchor"/>"</c>, or null when the page does not mark it.</summary>
    public PagePassage? Marked(string anchor) => _marked.TryGetValue(anchor, out var spans) ? Passage(spans, null) : null;

    /// <summary>The passages of inline notes (<c>span.annotated</c>, each followed by its <c>.sidenote</c>), in document order.</summary>
    public IReadOnlyList<PagePassage> InlineNotes() =>
        _annotated.Select(a => Passage(a.Spans, NoteOf(a.Element))).ToList();

    private PagePassage Passage(List<int> spans, string? note)
    {
        var first = _spans[spans[0]];
        var last = _spans[spans[^1]];
        var (start, end) = (first.Start, last.End);
        var onPage = new TextQuote(_text[start..end], Before(_text, start, 0), After(_text, end, _text.Length));

        var (sourceStart, sourceEnd) = (first.SourceStart, last.SourceEnd);
        var from = first.Block is { } b1 && _blocks.TryGetValue(b1, out var r1) ? r1.Start : sourceStart;
        var to = last.Block is { } b2 && _blocks.TryGetValue(b2, out var r2) ? r2.End : sourceEnd;
        var original = new TextQuote(
            Collapse(_source[sourceStart..sourceEnd]).Trim(),
            Before(Collapse(_source[from..sourceStart]).TrimStart(), int.MaxValue, 0),
            After(Collapse(_source[sourceEnd..to]).TrimEnd(), -1, int.MaxValue));
        return new PagePassage(new PagePosition(onPage, CodePoints(start), CodePoints(end)), original, note);
    }

    /// <summary>Up to <see cref="Context"/> characters of <paramref name="s"/> before <paramref name="at"/> (the whole string's end when past it), never half a surrogate pair.</summary>
    private static string Before(string s, int at, int floor)
    {
        at = Math.Min(at, s.Length);
        var from = Math.Max(floor, at - Context);
        if (from > 0 && from < s.Length && char.IsLowSurrogate(s[from])) from++;
        return s[from..at];
    }

    private static string After(string s, int at, int ceiling)
    {
        at = Math.Max(at, 0);
        var to = Math.Min(Math.Min(ceiling, s.Length), at + Context);
        if (to > 0 && to < s.Length && char.IsLowSurrogate(s[to])) to--;
        return s[at..to];
    }

    /// <summary>The code point index of UTF-16 index <paramref name="utf16"/>: each surrogate pair before it counts once.</summary>
    private int CodePoints(int utf16)
    {
        if (!_astral) return utf16;
        var count = utf16;
        for (var i = 0; i < utf16; i++)
        {
            if (char.IsLowSurrogate(_text[i])) count--;
        }
        return count;
    }

    /// <summary>The note of an inline annotation: the margin note right after it, or the one its number links to.</summary>
    private static string? NoteOf(IElement annotated)
    {
        var next = annotated.NextElementSibling;
        if (next is not null && next.ClassList.Contains("note-ref") && next.QuerySelector("a")?.GetAttribute("href") is ['#', .. var id])
        {
            next = annotated.Owner?.GetElementById(id);
        }
        if (next is null || !next.ClassList.Contains("sidenote")) return null;
        var words = next.GetDescendants().OfType<IText>().Where(t => t.ParentElement?.Closest(".sidenote-label, .sidenote-number") is null).Select(t => t.Data);
        return Collapse(string.Concat(words)).Trim();
    }

    private static string Collapse(string s) => Whitespace().Replace(s, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <param name="Start">Where the text node starts in the page's text (UTF-16).</param>
    /// <param name="SourceStart">Where it starts in the source words (the page's text without the editors' additions).</param>
    /// <param name="Block">The paragraph-like element it is in, which bounds the context of InOriginal.</param>
    private sealed record Span(int Start, int End, int SourceStart, int SourceEnd, IElement? Block);
}
