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

    /// <summary>The scripts the built-in theme ships (<c>/assets/search.js</c>, …), as pages link them.</summary>
    public static IReadOnlySet<string> ThemeScripts { get; } = Directory
        .EnumerateFiles(Path.Combine(RepoRoot.Path, "themes", "default", "assets"), "*.js", SearchOption.AllDirectories)
        .Select(f => "/assets/" + Path.GetRelativePath(Path.Combine(RepoRoot.Path, "themes", "default", "assets"), f).Replace('\\', '/'))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A theme's own script: an empty element whose <c>src</c> is one of <see cref="ThemeScripts"/> — never text of
    /// an editor's, which the sanitiser and the escaping must keep from ever becoming an element.
    /// </summary>
    public static bool IsThemeScript(IElement script) =>
        script.LocalName == "script" && ThemeScripts.Contains(script.GetAttribute("src") ?? "") && script.TextContent.Length == 0
        && script.Attributes.All(a => a.Name is "src" or "type" or "defer");

    /// <param name="allowThemeScripts">A whole page (true) may hold the theme's own scripts; a rendered body never.</param>
    public static IReadOnlyList<string> Find(INode root, bool allowThemeScripts = false)
    {
        var found = new List<string>();
        IEnumerable<IElement> elements = root is IParentNode parent ? parent.QuerySelectorAll("*") : [];
        foreach (var element in elements)
        {
            var name = element.LocalName.ToLowerInvariant();
            if (name == "script" && !DataScriptTypes.Contains(element.GetAttribute("type")?.Trim().ToLowerInvariant())
                && !(allowThemeScripts && IsThemeScript(element)))
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
