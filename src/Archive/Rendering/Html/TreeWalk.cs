using System.Text;
using AngleSharp.Dom;

namespace Archive.Rendering.Html;

/// <summary>
/// The few questions the body transforms ask of the tree, answered by walking it. AngleSharp's selector strings and
/// <c>TextContent</c> each go through process-wide caches and pools behind locks, which render threads queue on.
/// </summary>
internal static class TreeWalk
{
    /// <summary>
    /// The nodes under <paramref name="root"/> (not itself) of type <typeparamref name="T"/>, in document order, as
    /// AngleSharp's <c>Descendants</c> gives them. AngleSharp's walk pushes every child of a node on a stack, so walking
    /// a body (a root with hundreds of paragraphs) grew an array each time; this one keeps a place per level instead.
    /// The tree must not change while it is walked.
    /// </summary>
    public static IEnumerable<T> Descendants<T>(INode root) where T : class, INode
    {
        var lists = new INodeList[8];
        var next = new int[8];
        var depth = 0;
        lists[0] = root.ChildNodes;
        while (depth >= 0)
        {
            var list = lists[depth];
            var at = next[depth];
            if (at >= list.Length)
            {
                depth--;
                continue;
            }
            next[depth] = at + 1;
            var node = list[at];
            if (node is T match) yield return match;
            if (!node.HasChildNodes) continue;
            if (++depth == lists.Length)
            {
                Array.Resize(ref lists, depth * 2);
                Array.Resize(ref next, depth * 2);
            }
            lists[depth] = node.ChildNodes;
            next[depth] = 0;
        }
    }

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

    public static bool HasClass(IElement element, string name) => HasToken(element.GetAttribute("class"), name);

    /// <summary>
    /// Whether <paramref name="name"/> is one of the ASCII-whitespace-separated tokens of a class attribute, as
    /// <c>ClassList.Contains</c> answers; read off the attribute's text, without the token list AngleSharp builds for it.
    /// </summary>
    public static bool HasToken(string? classes, string name)
    {
        if (classes is null) return false;
        var rest = classes.AsSpan();
        while (true)
        {
            var at = rest.IndexOf(name.AsSpan(), StringComparison.Ordinal);
            if (at < 0) return false;
            var end = at + name.Length;
            if ((at == 0 || IsAsciiWhitespace(rest[at - 1])) && (end == rest.Length || IsAsciiWhitespace(rest[end]))) return true;
            rest = rest[(at + 1)..];
        }
    }

    // The separators of HTML's token lists: space, tab, line feed, form feed, carriage return.
    private static bool IsAsciiWhitespace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    /// <summary>The text of every text node under <paramref name="element"/>, in order: its <c>TextContent</c>.</summary>
    public static string TextOf(IElement element)
    {
        string? only = null;
        StringBuilder? sb = null;
        foreach (var text in Descendants<IText>(element))
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
