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
        var headings = root.QuerySelectorAll("h1, h2, h3, h4, h5, h6").ToList();
        var demote = headings.Any(h => h.LocalName == "h1");
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var existing in root.QuerySelectorAll("[id]")) used.Add(existing.Id!);

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
                var baseId = Slug.From(target.TextContent);
                var id = baseId;
                for (var n = 2; !used.Add(id); n++) id = $"{baseId}-{n}";
                target.Id = id;
            }
            var anchor = target.Owner!.CreateElement("a");
            anchor.ClassName = "heading-anchor";
            anchor.SetAttribute("href", "#" + target.Id);
            anchor.SetAttribute("aria-label", "Link to this section");
            anchor.TextContent = "#";
            target.AppendChild(anchor);
        }
    }
}
