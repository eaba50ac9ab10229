using AngleSharp.Dom;

namespace Archive.Rendering.Html;

/// <summary>
/// Moves each margin note (<c>.sidenote</c>, from an editor's note or an inline <c>{note=…}</c>) out of its sentence to
/// the end of its paragraph, numbered, and leaves the number as a link where the note was. Wide screens float the
/// note into the margin; narrow ones show it as a block after the paragraph's text, so a note never splits a sentence.
/// A numbered list of the notes ends the body for print (hidden on screen), so a printed text keeps its notes.
/// </summary>
public static class SidenotePlacement
{
    /// <summary>The elements a note stays within: it goes to the end of the nearest one.</summary>
    private static bool IsParagraph(IElement element) =>
        element.LocalName is "p" or "li" or "dd" or "dt" or "td" or "th" or "figcaption" || TreeWalk.IsHeading(element);

    public const string IdPrefix = "sidenote-";

    public static void Apply(IElement root)
    {
        var notes = TreeWalk.Descendants<IElement>(root).Where(e => TreeWalk.HasClass(e, "sidenote")).ToList();
        if (notes.Count == 0) return;
        var document = root.Owner!;
        var list = document.CreateElement("ol");
        for (var i = 0; i < notes.Count; i++)
        {
            var note = notes[i];
            var number = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var text = string.Concat(note.GetDescendants().OfType<IText>()
                .Where(t => TreeWalk.Closest(t.ParentElement, e => TreeWalk.HasClass(e, "sidenote-label")) is null).Select(t => t.Data)).Trim();

            var reference = document.CreateElement("sup");
            reference.ClassName = "note-ref";
            var link = document.CreateElement("a");
            link.SetAttribute("href", "#" + IdPrefix + number);
            link.SetAttribute("aria-label", $"Editor’s note {number}");
            link.TextContent = number;
            reference.AppendChild(link);
            note.Before(reference);

            note.Id = IdPrefix + number;
            var label = document.CreateElement("span");
            label.ClassName = "sidenote-number";
            label.TextContent = number;
            note.Prepend(label, document.CreateTextNode(" "));
            if (TreeWalk.Closest(note.ParentElement, IsParagraph) is { } paragraph && root.Contains(paragraph)) paragraph.AppendChild(note);

            var item = document.CreateElement("li");
            item.TextContent = text;
            list.AppendChild(item);
        }
        var endNotes = document.CreateElement("div");
        endNotes.ClassName = "print-notes";
        var title = document.CreateElement("p");
        title.ClassName = "print-notes-title";
        title.TextContent = "Editor’s notes";
        endNotes.AppendChild(title);
        endNotes.AppendChild(list);
        root.AppendChild(endNotes);
    }
}
