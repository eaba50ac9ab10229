using System.Text;

namespace Archive.Bench.Corpus;

/// <summary>Record ids from names: lowercase ASCII letters, digits and single hyphens, as the content model requires.</summary>
internal static class Slug
{
    public static string Of(string text, int maxWords = int.MaxValue)
    {
        var sb = new StringBuilder();
        var words = 0;
        var pendingHyphen = false;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && sb.Length > 0)
                {
                    if (++words >= maxWords) break;
                    sb.Append('-');
                }
                pendingHyphen = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingHyphen = true;
            }
        }
        return sb.ToString();
    }
}
