using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Archive.Rendering.Theme;

/// <summary>How the theme encodes text for HTML, in text and in quoted attribute values alike.</summary>
internal static class HtmlText
{
    // Every script is allowed through as it is, so Arabic names stay readable in the page source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string text) => Encoder.Encode(text);
}
