using System.Buffers;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html;

namespace Archive.Rendering.Html;

/// <summary>
/// AngleSharp's HTML serialisation (its tree walk, its rules), with the escaping of text and tags done in a builder of
/// this instance's own: AngleSharp's takes a StringBuilder from a pool shared by the whole process, behind a lock, for
/// every text node, tag and attribute, and the render threads queued on it. One instance per body (not thread-safe).
/// </summary>
internal sealed class BodyHtmlFormatter : HtmlMarkupFormatter
{
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("&\u00A0<>");
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("&\u00A0\"<>");

    private readonly StringBuilder _builder = new();

    /// <summary>The children of <paramref name="root"/> as HTML, as <c>InnerHtml</c> gives them.</summary>
    public string InnerHtml(IElement root) => InnerHtml(root, new StringBuilder(4096));

    /// <summary>The same, built up in <paramref name="buffer"/> (empty), which the caller may use again.</summary>
    public string InnerHtml(IElement root, StringBuilder buffer)
    {
        using var writer = new StringWriter(buffer);
        root.ChildNodes.ToHtml(writer, this);
        return buffer.ToString();
    }

    public override string Text(ICharacterData text)
    {
        var data = text.Data;
        if (data.AsSpan().IndexOfAny(TextSpecials) < 0) return data;
        _builder.Clear();
        foreach (var c in data)
        {
            switch (c)
            {
                case '&': _builder.Append("&amp;"); break;
                case '\u00A0': _builder.Append("&nbsp;"); break;
                case '>': _builder.Append("&gt;"); break;
                case '<': _builder.Append("&lt;"); break;
                default: _builder.Append(c); break;
            }
        }
        return _builder.ToString();
    }

    public override string OpenTag(IElement element, bool selfClosing)
    {
        var tag = _builder.Clear().Append('<');
        if (!string.IsNullOrEmpty(element.Prefix)) tag.Append(element.Prefix).Append(':');
        tag.Append(element.LocalName);
        foreach (var attribute in element.Attributes)
        {
            tag.Append(' ');
            // Namespaced attributes (xml:, xlink:, xmlns) keep AngleSharp's own naming; bodies hardly ever have one.
            if (!string.IsNullOrEmpty(attribute.NamespaceUri))
            {
                tag.Append(Attribute(attribute));
                continue;
            }
            tag.Append(attribute.LocalName);
            if (attribute.Value is not { } value) continue;
            tag.Append("=\"");
            if (value.AsSpan().IndexOfAny(AttributeSpecials) < 0)
            {
                tag.Append(value);
            }
            else
            {
                foreach (var c in value)
                {
                    switch (c)
                    {
                        case '&': tag.Append("&amp;"); break;
                        case '\u00A0': tag.Append("&nbsp;"); break;
                        case '"': tag.Append("&quot;"); break;
                        case '<': tag.Append("&lt;"); break;
                        case '>': tag.Append("&gt;"); break;
                        default: tag.Append(c); break;
                    }
                }
            }
            tag.Append('"');
        }
        return tag.Append('>').ToString();
    }
}
