using System.Text;
using AngleSharp.Dom;

namespace Archive.Rendering.Html;

/// <summary>
/// The few questions the body transforms ask of the tree, answered by walking it. AngleSharp's selector strings and
/// <c>TextContent</c> each go through process-wide caches and pools behind locks, which render threads queue on.
/// </summary>
internal static class TreeWalk
{
    public static bool IsHeading(IElement element) =>
        element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    /// <summary>The element or its nearest ancestor that satisfies <paramref name="match"/>, like <c>Closest</c>.</summary>
    public static IElement? Closest(IElement? element, Func<IElement, bool> match)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (match(e)) return e;
        }
        return null;
    }

    public static bool HasClass(IElement element, string name) =>
        element.GetAttribute("class") is not null && element.ClassList.Contains(name);

    /// <summary>The text of every text node under <paramref name="element"/>, in order: its <c>TextContent</c>.</summary>
    public static string TextOf(IElement element)
    {
        string? only = null;
        StringBuilder? sb = null;
        foreach (var text in element.Descendants<IText>())
        {
            if (only is null && sb is null)
            {
                only = text.Data;
                continue;
            }
            sb ??= new StringBuilder(only);
            sb.Append(text.Data);
        }
        return sb?.ToString() ?? only ?? "";
    }
}
