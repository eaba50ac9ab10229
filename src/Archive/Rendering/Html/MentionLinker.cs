using AngleSharp.Dom;
using Archive.Linking;

namespace Archive.Rendering.Html;

/// <summary>
/// Links the first mention of each group in each section of an article to the group's page, inside marked passages
/// too. Never inside headings, links, code, editor's notes or citations, so the source's own structure stays as it is.
/// </summary>
public static class MentionLinker
{
    private static bool IsExcluded(IElement element) =>
        element.LocalName is "a" or "code" or "pre" or "script" or "style" || TreeWalk.IsHeading(element) ||
        TreeWalk.HasClass(element, "sidenote") || TreeWalk.HasClass(element, "quote-cite");

    public static void Apply(IElement root, MentionIndex mentions, string? selfGroupId = null)
    {
        var linked = new HashSet<string>(StringComparer.Ordinal);
        var texts = new List<IText?>();  // null marks a section break
        foreach (var node in TreeWalk.Descendants<INode>(root))
        {
            // A heading starts a new section: each group may be linked once more after it.
            if (node is IElement { LocalName: "h2" or "h3" or "h4" or "h5" or "h6" }) texts.Add(null);
            else if (node is IText text && TreeWalk.Closest(text.ParentElement, IsExcluded) is null) texts.Add(text);
        }

        foreach (var text in texts)
        {
            if (text is null)
            {
                linked.Clear();
                continue;
            }
            // Most text nodes mention no group: nothing is allocated for them beyond the search.
            List<Mention>? chosen = null;
            foreach (var m in mentions.Find(text.Data))
            {
                if (m.GroupId != selfGroupId && linked.Add(m.GroupId)) (chosen ??= []).Add(m);
            }
            if (chosen is null) continue;
            // Work from the end so earlier offsets in this node stay valid while splitting.
            for (var k = chosen.Count - 1; k >= 0; k--)
            {
                var m = chosen[k];
                var target = text.Split(m.Start);
                target.Split(m.Length);
                var link = root.Owner!.CreateElement("a");
                link.ClassName = "mention";
                link.SetAttribute("href", Urls.Group(m.GroupId));
                link.SetAttribute("data-group", m.GroupId);
                target.Parent!.InsertBefore(link, target);
                link.AppendChild(target);
            }
        }
    }
}
