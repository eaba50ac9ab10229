using System.Text;

namespace Archive.Linking;

/// <summary>
/// Builds the text directive of a URL text fragment (<c>#:~:text=</c>), which browsers scroll to and highlight.
/// Long quotes use the <c>start,end</c> form so the URL stays short and still matches.
/// </summary>
public static class TextFragment
{
    public static string Encode(string quote)
    {
        var words = quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= 8) return Escape(string.Join(' ', words));
        return Escape(string.Join(' ', words[..4])) + "," + Escape(string.Join(' ', words[^4..]));
    }

    // The directive reserves '-', ',' and '&'; everything else follows ordinary percent-encoding.
    private static string Escape(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in Uri.EscapeDataString(text))
        {
            sb.Append(c switch { '-' => "%2D", ',' => "%2C", '&' => "%26", _ => c.ToString() });
        }
        return sb.ToString();
    }
}
