using System.Xml;

namespace Archive.Rendering;

/// <summary>Text on its way into an XML document: feeds and drawings.</summary>
public static class XmlText
{
    /// <summary>
    /// The text with the characters XML 1.0 cannot carry at all (C0 controls such as a pasted backspace, lone surrogates)
    /// replaced by U+FFFD. The pages show such text as it is; a feed or drawing with them would not parse (the XML
    /// writer refuses them), so it shows the mark instead.
    /// </summary>
    public static string Clean(string text)
    {
        char[]? chars = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (XmlConvert.IsXmlChar(text[i])) continue;
            chars ??= text.ToCharArray();
            chars[i] = '\uFFFD';
        }
        return chars is null ? text : new string(chars);
    }
}
