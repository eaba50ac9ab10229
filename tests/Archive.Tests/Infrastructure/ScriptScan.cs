using AngleSharp.Dom;

namespace Archive.Tests.Infrastructure;

/// <summary>
/// Everything in a parsed page (or fragment) that can run script, in words: script elements other than data blocks,
/// event-handler attributes, javascript:/vbscript:/data:text/html URLs in any attribute however they are spelt,
/// and the elements that animate or embed (SVG animate/set, frames, objects, refresh and base tags).
/// </summary>
internal static class ScriptScan
{
    private static readonly string[] DataScriptTypes = ["application/ld+json", "application/json"];
    private static readonly string[] Embedding = ["iframe", "frame", "object", "embed", "applet", "base", "animate", "set", "animatetransform", "animatemotion", "portal"];

    public static IReadOnlyList<string> Find(INode root)
    {
        var found = new List<string>();
        IEnumerable<IElement> elements = root is IParentNode parent ? parent.QuerySelectorAll("*") : [];
        foreach (var element in elements)
        {
            var name = element.LocalName.ToLowerInvariant();
            if (name == "script" && !DataScriptTypes.Contains(element.GetAttribute("type")?.Trim().ToLowerInvariant()))
                found.Add($"an executable <script>: {Trim(element.OuterHtml)}");
            if (Embedding.Contains(name)) found.Add($"<{name}>: {Trim(element.OuterHtml)}");
            if (name == "meta" && element.GetAttribute("http-equiv")?.Equals("refresh", StringComparison.OrdinalIgnoreCase) == true)
                found.Add("a <meta http-equiv=refresh>");
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    found.Add($"the {attribute.Name}= handler on <{name}>");
                var compact = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
                if (compact.Contains("javascript:", StringComparison.Ordinal) || compact.Contains("vbscript:", StringComparison.Ordinal)
                    || compact.Contains("data:text/html", StringComparison.Ordinal))
                    found.Add($"a script URL in {attribute.Name}= of <{name}>: {Trim(attribute.Value)}");
            }
        }
        return found;
    }

    private static string Trim(string text) => text.Length > 120 ? text[..120] + "…" : text;
}
