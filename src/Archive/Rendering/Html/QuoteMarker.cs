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
public static class QuoteMarker
{
    /// <summary>Marks the passage; false when it cannot be found (linking has already verified it exists).</summary>
    public static bool Mark(IElement root, PassageMark passage)
    {
        var (text, map) = NormalizedText(root);
        var wanted = QuoteText.Normalize(passage.Quote);
        var start = text.IndexOf(wanted, StringComparison.Ordinal);
        if (start < 0 || wanted.Length == 0 || passage.Ids.Count == 0) return false;

        var segments = new List<(IText Node, int From, int To)>();
        for (var p = start; p < start + wanted.Length; p++)
        {
            var (node, index) = map[p];
            if (segments.Count > 0 && segments[^1].Node == node)
            {
                segments[^1] = (node, segments[^1].From, index + 1);
            }
            else
            {
                segments.Add((node, index, index + 1));
            }
        }

        var document = root.Owner!;
        var className = "quote" + (passage.Notes.Count > 0 ? " quote-note" : "") + (passage.IsDisputePosition ? " quote-dispute" : "");
        var ids = string.Join(' ', passage.Ids);
        IElement? first = null, last = null;
        foreach (var (node, from, to) in segments)
        {
            var target = node;
            if (from > 0) target = target.Split(from);
            if (to - from < target.Length) target.Split(to - from);
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

    /// <summary>The text under <paramref name="root"/> normalised like <see cref="QuoteText"/>, with where each character came from.</summary>
    private static (string Text, List<(IText Node, int Index)> Map) NormalizedText(IElement root)
    {
        var sb = new System.Text.StringBuilder();
        var map = new List<(IText, int)>();
        var pendingSpace = ((IText?)null, 0);
        var havePending = false;
        foreach (var node in root.GetDescendants().OfType<IText>())
        {
            // Editor's additions (notes, citation links) are not the source's words.
            if (node.ParentElement?.Closest(".sidenote, .quote-cite, script, style") is not null) continue;
            var data = node.Data;
            for (var i = 0; i < data.Length; i++)
            {
                var c = data[i];
                if (char.IsWhiteSpace(c))
                {
                    if (!havePending && sb.Length > 0)
                    {
                        pendingSpace = (node, i);
                        havePending = true;
                    }
                    continue;
                }
                if (havePending)
                {
                    sb.Append(' ');
                    map.Add((pendingSpace.Item1!, pendingSpace.Item2));
                    havePending = false;
                }
                sb.Append(QuoteText.Fold(c));
                map.Add((node, i));
            }
        }
        return (sb.ToString(), map);
    }
}
