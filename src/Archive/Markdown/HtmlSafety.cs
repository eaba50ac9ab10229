using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Archive.Markdown;

/// <summary>
/// What raw HTML in a body may not do: run script (elements, <c>on*</c> handlers, <c>javascript:</c> URLs) or
/// pull in other documents (frames, objects). The same rules find the problems in the Markdown (to warn with
/// a line) and remove them from the rendered HTML, so the warning and the page always agree.
/// Harmless HTML such as <c>&lt;sup&gt;</c> or <c>&lt;abbr&gt;</c> stays.
/// </summary>
public static class HtmlSafety
{
    private static readonly HashSet<string> Elements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "meta", "link", "style", "noscript", "template",
    };

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcset",
    };

    /// <summary>Why an element is hostile, or null when it is allowed.</summary>
    public static IEnumerable<string> Problems(IElement element)
    {
        if (Elements.Contains(element.LocalName)) yield return $"<{element.LocalName}>";
        foreach (var attr in element.Attributes)
        {
            if (attr.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)) yield return $"the {attr.Name}= handler";
            else if (attr.Name.Equals("srcdoc", StringComparison.OrdinalIgnoreCase)) yield return "srcdoc=";
            else if (UrlAttributes.Contains(attr.Name) && IsScriptUrl(attr.Value)) yield return $"a {Scheme(attr.Value)} URL";
        }
    }

    public static bool IsScriptUrl(string? url)
    {
        if (url is null) return false;
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        return compact.StartsWith("javascript:", StringComparison.Ordinal) || compact.StartsWith("vbscript:", StringComparison.Ordinal)
               || compact.StartsWith("data:", StringComparison.Ordinal) && !compact.StartsWith("data:image/", StringComparison.Ordinal);
    }

    private static string Scheme(string url) => url.Trim().Split(':')[0].ToLowerInvariant() + ":";

    /// <summary>Removes hostile elements, handlers and URLs from rendered HTML, in place.</summary>
    public static void Sanitize(IElement root)
    {
        foreach (var element in root.QuerySelectorAll("*").ToList())
        {
            if (Elements.Contains(element.LocalName))
            {
                element.Remove();
                continue;
            }
            foreach (var attr in element.Attributes.ToList())
            {
                if (attr.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || attr.Name.Equals("srcdoc", StringComparison.OrdinalIgnoreCase)
                    || UrlAttributes.Contains(attr.Name) && IsScriptUrl(attr.Value))
                {
                    element.RemoveAttribute(attr.Name);
                }
            }
        }
    }

    /// <summary>Every hostile piece of a Markdown document: raw HTML and link URLs, with 0-based line and column.</summary>
    public static IEnumerable<(int Line, int Column, string What)> Scan(MarkdownDocument document)
    {
        var parser = new HtmlParser();
        foreach (var node in document.Descendants())
        {
            string? html = node switch
            {
                HtmlBlock block => block.Lines.ToString(),
                HtmlInline inline => inline.Tag,
                _ => null,
            };
            if (html is not null)
            {
                var doc = parser.ParseDocument("<body>" + html);
                foreach (var element in doc.Body!.QuerySelectorAll("*").Concat(doc.Head!.QuerySelectorAll("*")))
                {
                    foreach (var problem in Problems(element)) yield return (node.Line, node.Column, problem);
                }
            }
            else if (node is LinkInline link && IsScriptUrl(link.Url))
            {
                yield return (link.Line, link.Column, $"a {Scheme(link.Url!)} URL");
            }
        }
    }
}
