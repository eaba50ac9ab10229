using AngleSharp.Dom;
using Archive.Content;
using Archive.Linking;

namespace Archive.Rendering.Html;

/// <summary>
/// Wraps a quoted passage of a rendered article in <c>&lt;mark&gt;</c> elements, even when it spans inline
/// elements (emphasis, links) or was typed with other quotation marks or spacing than the source.
/// A passage that several records quote is marked once: the first mark carries the first id, the other ids are empty
/// anchors at its start (so every link into the passage lands on it), and one citation lists every record.
/// </summary>
public sealed class QuoteMarker
{
    private readonly IElement _root;

    // The body's text normalised once for all its passages, and where each character is. Marking a passage only
    // wraps text that is there and adds notes and citations, which are not the source's words, so the text stays the
    // same; the text nodes it splits are updated in the map.
    // The map is two ints a character (which node, where in it) rather than a node reference and an int: a body's map
    // is as long as its text, and at 16 bytes a character a long body's went to the large object heap.
    private string? _text;
    private TextMap _map = null!;

    public QuoteMarker(IElement root) => _root = root;

    /// <summary>Marks one passage in <paramref name="root"/>; for several in one body, mark them with one instance.</summary>
    public static bool Mark(IElement root, PassageMark passage) => new QuoteMarker(root).Mark(passage);

    /// <summary>Marks the passage; false when it cannot be found (linking has already verified it exists).</summary>
    public bool Mark(PassageMark passage)
    {
        var root = _root;
        if (_text is null) (_text, _map) = NormalizedText(root);
        var (text, map) = (_text, _map);
        var wanted = QuoteText.Normalize(passage.Quote);
        var start = text.IndexOf(wanted, StringComparison.Ordinal);
        if (start < 0 || wanted.Length == 0 || passage.Ids.Count == 0) return false;

        var segments = new List<(IText Node, int From, int To, int At)>();
        for (var p = start; p < start + wanted.Length; p++)
        {
            var (node, index) = (map.Node(p), map.Index[p]);
            if (segments.Count > 0 && segments[^1].Node == node)
            {
                segments[^1] = (node, segments[^1].From, index + 1, segments[^1].At);
            }
            else
            {
                segments.Add((node, index, index + 1, p));
            }
        }

        var document = root.Owner!;
        var className = "quote" + (passage.Notes.Count > 0 ? " quote-note" : "") + (passage.IsDisputePosition ? " quote-dispute" : "");
        var ids = string.Join(' ', passage.Ids);
        IElement? first = null, last = null;
        foreach (var (node, from, to, at) in segments)
        {
            var target = node;
            if (from > 0) target = target.Split(from);
            var rest = to - from < target.Length ? target.Split(to - from) : null;
            Moved(map, at, node, from, to, target, rest);
            var mark = document.CreateElement("mark");
            mark.ClassName = className;
            mark.SetAttribute("data-quote", ids);
            target.Parent!.InsertBefore(mark, target);
            mark.AppendChild(target);
            first ??= mark;
            last = mark;
        }
        first!.Id = passage.Ids[0];
        foreach (var id in passage.Ids.Skip(1).Reverse())
        {
            var anchor = document.CreateElement("span");
            anchor.ClassName = "quote-anchor";
            anchor.Id = id;
            first.Prepend(anchor);
        }

        // The citation is a link (or a note that may hold one), so it cannot go inside a link the quote ends in.
        INode after = last!;
        for (var e = last!.ParentElement; e is not null && e != root; e = e.ParentElement)
        {
            if (e.LocalName == "a") after = e;
        }
        var added = new List<INode>();
        if (passage.Citations.Count > 0) added.Add(Citations(document, passage.Citations));
        added.AddRange(passage.Notes.Select(n => Sidenote(document, n)));
        ((IChildNode)after).After([.. added]);
        return true;
    }

    /// <summary>
    /// Points the map at the pieces <paramref name="node"/> was split into: the characters before
    /// <paramref name="from"/> stay in it, those up to <paramref name="to"/> are in <paramref name="target"/>, the rest in
    /// <paramref name="rest"/>. A node's characters sit side by side in the map, around <paramref name="at"/>.
    /// </summary>
    private static void Moved(TextMap map, int at, IText node, int from, int to, IText target, IText? rest)
    {
        var id = map.NodeId[at];
        var targetId = map.Id(target);
        var restId = rest is null ? -1 : map.Id(rest);
        var first = at;
        while (first > 0 && map.NodeId[first - 1] == id) first--;
        for (var p = first; p < map.Count && map.NodeId[p] == id; p++)
        {
            var index = map.Index[p];
            if (index >= to) (map.NodeId[p], map.Index[p]) = (restId, index - to);
            else if (index >= from) (map.NodeId[p], map.Index[p]) = (targetId, index - from);
        }
    }

    private static IElement Sidenote(IDocument document, string text)
    {
        var note = document.CreateElement("span");
        note.ClassName = "sidenote";
        note.SetAttribute("role", "note");
        var label = document.CreateElement("span");
        label.ClassName = "sidenote-label";
        label.TextContent = "Editor’s note:";
        note.AppendChild(label);
        note.AppendChild(document.CreateTextNode(" " + text));
        return note;
    }

    /// <summary>One superscript for the whole passage: a link per citing record, separated by middle dots.</summary>
    private static IElement Citations(IDocument document, IReadOnlyList<PassageCitation> citations)
    {
        var sup = document.CreateElement("sup");
        sup.ClassName = "quote-cite";
        for (var i = 0; i < citations.Count; i++)
        {
            var c = citations[i];
            if (i > 0) sup.AppendChild(document.CreateTextNode(" · "));
            var link = document.CreateElement("a");
            link.SetAttribute("href", c.Url);
            link.SetAttribute("title", c.Title);
            if (c.IsDisputePosition) link.ClassName = "cite-dispute";
            link.TextContent = c.Text;
            sup.AppendChild(link);
        }
        return sup;
    }

    private static bool IsEditorial(IElement element) =>
        element.LocalName is "script" or "style" || TreeWalk.HasClass(element, "sidenote") || TreeWalk.HasClass(element, "quote-cite");

    /// <summary>The text under <paramref name="root"/> normalised like <see cref="QuoteText"/>, with where each character came from.</summary>
    private static (string Text, TextMap Map) NormalizedText(IElement root)
    {
        var texts = new List<IText>();
        var length = 0;
        foreach (var node in TreeWalk.Descendants<IText>(root))
        {
            // Editor's additions (notes, citation links) are not the source's words.
            if (TreeWalk.Closest(node.ParentElement, IsEditorial) is not null) continue;
            texts.Add(node);
            length += node.Data.Length;
        }
        var sb = new System.Text.StringBuilder(length);
        var map = new TextMap(length);
        var pendingSpace = (-1, 0);
        var havePending = false;
        foreach (var node in texts)
        {
            var id = map.Id(node);
            var data = node.Data;
            for (var i = 0; i < data.Length; i++)
            {
                var c = data[i];
                if (char.IsWhiteSpace(c))
                {
                    if (!havePending && sb.Length > 0)
                    {
                        pendingSpace = (id, i);
                        havePending = true;
                    }
                    continue;
                }
                if (havePending)
                {
                    sb.Append(' ');
                    map.Add(pendingSpace.Item1, pendingSpace.Item2);
                    havePending = false;
                }
                sb.Append(QuoteText.Fold(c));
                map.Add(id, i);
            }
        }
        return (sb.ToString(), map);
    }

    /// <summary>For each character of the normalised text, the text node it is in (by number) and its index there.</summary>
    private sealed class TextMap(int capacity)
    {
        private readonly List<IText> _nodes = [];

        public int[] NodeId { get; } = new int[capacity];

        public int[] Index { get; } = new int[capacity];

        public int Count { get; private set; }

        public IText Node(int at) => _nodes[NodeId[at]];

        /// <summary>A new number for <paramref name="node"/>: a node split off another gets its own.</summary>
        public int Id(IText node)
        {
            _nodes.Add(node);
            return _nodes.Count - 1;
        }

        public void Add(int node, int index)
        {
            NodeId[Count] = node;
            Index[Count] = index;
            Count++;
        }
    }
}
