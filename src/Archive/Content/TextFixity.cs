using System.Security.Cryptography;
using System.Text;
using Archive.Diagnostics;

namespace Archive.Content;

/// <summary>
/// The fixity of an article's text: <c>text_sha256</c> records the SHA-256 of the body as captured, and the build
/// fails when the body no longer matches, so the source text cannot change by accident.
/// <para>
/// The bytes hashed are the body exactly as the loader reads it: everything after the line that closes the front
/// matter (the second <c>---</c> or <c>...</c> line, including that line's line break), to the end of the file; with a
/// leading byte-order mark dropped, CRLF and lone CR turned into LF, and no other change (trailing spaces and the
/// final line break count); encoded as UTF-8. The value is those bytes' SHA-256 in 64 lowercase hexadecimal digits,
/// as <c>sed '1,/^---$/d' article.md | sha256sum</c> prints for a file with LF line ends and a <c>---</c> closing line.
/// </para>
/// </summary>
public static class TextFixity
{
    /// <summary>The body <c>archive new article</c> writes: a request for the text, not yet the text.</summary>
    public const string NewArticleBody =
        "\n<!-- Paste the article's text here in Markdown, faithful to the source; leave out navigation, share buttons and unrelated links. -->\n";

    /// <summary>The lowercase hexadecimal SHA-256 of <paramref name="body"/> in UTF-8.</summary>
    public static string Sha256(string body) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));

    public static bool IsWellFormed(string value) => value.Length == 64 && value.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    /// <summary>Reports a malformed <paramref name="recorded"/> hash, or a body that no longer matches it.</summary>
    internal static void Check(FieldReader f, string? recorded, MarkdownBody body)
    {
        if (recorded is null) return;
        var actual = Sha256(body.Markdown);
        var at = f.ValueAt("text_sha256");
        if (!IsWellFormed(recorded))
        {
            f.Report(DiagnosticCodes.InvalidTextHash, at,
                $"`text_sha256` must be a SHA-256 in 64 lowercase hexadecimal digits, not `{Shorten(recorded)}`",
                IsWellFormed(recorded.ToLowerInvariant()) ? $"write it in lowercase: `text_sha256: {recorded.ToLowerInvariant()}`"
                    : $"if the text below is as captured, write `text_sha256: {actual}`");
            return;
        }
        if (recorded == actual) return;
        if (recorded == Sha256(NewArticleBody))
        {
            f.Report(DiagnosticCodes.TextHashMismatch, at,
                "the text was added after `archive new article`, so `text_sha256` still records the empty scaffold",
                $"once the text is complete and faithful to the source, record it as captured: `text_sha256: {actual}`");
            return;
        }
        f.Report(DiagnosticCodes.TextHashMismatch, at,
            $"the article's text no longer matches its `text_sha256`: the body has changed since it was captured (it now hashes to {actual})",
            $"if the change was intended, replace the line with `text_sha256: {actual}`; if not, undo the change to the text (`git diff` shows it)");
    }

    private static string Shorten(string s) => s.Length > 70 ? s[..67] + "…" : s;
}
