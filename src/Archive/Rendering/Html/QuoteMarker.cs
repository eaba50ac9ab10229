using AngleSharp.Dom;
using Archive.Content;
using Archive.Linking;

namespace Archive.Rendering.Html;

/// <summary>
/// Wraps a quoted passage of a rendered article in <c>&lt;mark&gt;</c> elements, even when it spans inline
/// elements (emphasis, links) or was typed with other quotation marks or spacing than the source.
/// The first mark carries the quote's stable anchor id.
/// </summary>
public static class QuoteMarker
{
    /// <summary>Marks the passage; false when it cannot be found (linking has already verified it exists).</summary>
    public static bool Mark(IElement root, CitedQuote quote)
    {
        var (text, map) = NormalizedText(root);
        var wanted = QuoteText.Normalize(quote.Quote);
        var start = text.IndexOf(wanted, StringComparison.Ordinal);
        if (start < 0 || wanted.Length == 0) return false;

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

        IElement? first = null, last = null;
        foreach (var (node, from, to) in segments)
        {
            var target = node;
            if (from > 0) target = target.Split(from);
            if (to - from < target.Length) target.Split(to - from);
            var mark = root.Owner!.CreateElement("mark");
            mark.ClassName = quote.CitedByKind == CitedByKind.Note ? "quote quote-note" : "quote";
            mark.SetAttribute("data-quote", quote.AnchorId);
            target.Parent!.InsertBefore(mark, target);
            mark.AppendChild(target);
            first ??= mark;
            last = mark;
        }
        first!.Id = quote.AnchorId;
        // The citation is a link (or a note that may hold one), so it cannot go inside a link the quote ends in.
        INode after = last!;
        for (var e = last!.ParentElement; e is not null && e != root; e = e.ParentElement)
        {
            if (e.LocalName == "a") after = e;
        }
        ((IChildNode)after).After(CitationFor(root.Owner!, quote));
        return true;
    }

    private static INode CitationFor(IDocument document, CitedQuote quote)
    {
        if (quote.CitedByKind == CitedByKind.Note)
        {
            var note = document.CreateElement("span");
            note.ClassName = "sidenote";
            note.SetAttribute("role", "note");
            var label = document.CreateElement("span");
            label.ClassName = "sidenote-label";
            label.TextContent = "Editor’s note:";
            note.AppendChild(label);
            note.AppendChild(document.CreateTextNode(" " + quote.Note));
            return note;
        }
        var sup = document.CreateElement("sup");
        sup.ClassName = "quote-cite";
        var link = document.CreateElement("a");
        link.SetAttribute("href", quote.CitedByUrl ?? "#" + quote.AnchorId);
        var kind = Codes.Of(quote.CitedByKind);
        link.SetAttribute("title", $"Quoted by the {kind} “{quote.CitedByTitle}”");
        link.TextContent = kind;
        sup.AppendChild(link);
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
