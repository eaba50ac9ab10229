using AngleSharp.Dom;

namespace Archive.Rendering.Html;

/// <summary>
/// Gives every heading of a body a stable id and a "#" link so sections can be cited, and demotes body
/// headings below the page's own <c>h1</c> (a page has exactly one).
/// </summary>
public static class HeadingAnchors
{
    public static void Apply(IElement root)
    {
        // One walk instead of selector strings: AngleSharp parses and caches selectors behind a process-wide lock.
        var headings = new List<IElement>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var demote = false;
        foreach (var element in TreeWalk.Descendants<IElement>(root))
        {
            if (element.GetAttribute("id") is { } existing) used.Add(existing);
            if (TreeWalk.IsHeading(element))
            {
                headings.Add(element);
                demote |= element.LocalName == "h1";
            }
        }

        foreach (var heading in headings)
        {
            var target = heading;
            if (demote)
            {
                var level = Math.Min(6, heading.LocalName[1] - '0' + 1);
                target = heading.Owner!.CreateElement("h" + level);
                foreach (var attr in heading.Attributes.ToList()) target.SetAttribute(attr.Name, attr.Value);
                while (heading.FirstChild is { } child) target.AppendChild(child);
                heading.Replace(target);
            }
            if (string.IsNullOrEmpty(target.Id))
            {
                var baseId = Slug.From(TreeWalk.TextOf(target));
                var id = baseId;
                for (var n = 2; !used.Add(id); n++) id = $"{baseId}-{n}";
                target.Id = id;
            }
            var anchor = target.Owner!.CreateElement("a");
            anchor.ClassName = "heading-anchor";
            anchor.SetAttribute("href", "#" + target.Id);
            anchor.SetAttribute("aria-label", "Link to this section");
            anchor.AppendChild(target.Owner.CreateTextNode("#"));
            target.AppendChild(anchor);
        }
    }
}
