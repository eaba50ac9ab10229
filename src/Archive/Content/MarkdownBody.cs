using System.Buffers;
using System.IO.Compression;
using System.Text;
using Archive.Markdown;
using Archive.Markdown.Annotations;
using Markdig.Syntax;

namespace Archive.Content;

/// <summary>
/// The Markdown part of a file. <see cref="FirstLine"/> is the file line the body starts on, so a Markdig line
/// (0-based within the body) maps to file line <c>FirstLine + line</c>.
/// The site keeps the text, its plain text and its inline annotations, not Markdig's tree: a tree is many times the
/// size of its text, and the trees of a 100,000-article archive held together outgrow the machine. Whoever needs the
/// tree (rendering, the external link check) gets a fresh parse with the pipeline that parsed the text once at load,
/// so it cannot fail where the first parse succeeded.
/// The text and the plain text are kept together as Brotli-compressed UTF-8 (<see cref="Pack"/>), not as two UTF-16
/// strings: those were four times the archive's Markdown in memory (3.6 GB at 100,000 articles), and each is read
/// only a few times in a build (linking, rendering, the data files), where unpacking costs far less than the parse
/// that follows it.
/// </summary>
public sealed record MarkdownBody
{
    /// <summary>
    /// Brotli's fastest setting: every body is packed once per build, so packing must cost little. Deflate at its
    /// fastest cost half as much CPU, but packed a fifth larger, and in a 10,000-article build side by side its peak
    /// was 930 MB against Brotli's 722 MB (the same wall time).
    /// </summary>
    private const int Quality = 1;
    private const int Window = 22;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Packed _text;

    private MarkdownBody(Packed text, int firstLine, IReadOnlyList<BodyAnnotation> annotations, ArchiveMarkdown parser)
    {
        _text = text;
        FirstLine = firstLine;
        Annotations = annotations;
        Parser = parser;
    }

    /// <summary>The body from a tree already parsed (at load): keeps what the site needs of it and lets the tree go.</summary>
    /// <param name="pack">False keeps the two texts as the strings given, each read returning that same instance:
    /// a preview keeps one site for hours and links it again after every edit, and its link cache knows an unchanged
    /// text by its string (<see cref="Linking.LinkCache"/>).</param>
    public static MarkdownBody From(string markdown, int firstLine, MarkdownDocument document, string plainText, ArchiveMarkdown parser, bool pack = true) =>
        new(pack ? Pack(markdown, plainText) : new Packed(null, 0, 0, markdown, plainText), firstLine,
            AnnotationWalker.FindAll(document).Select(a => new BodyAnnotation(a.Kind, a.Value, a.Line, a.Column)).ToList(), parser);

    /// <summary>The body's Markdown, exactly as the file has it after the front matter (line ends made LF).</summary>
    public string Markdown => _text.Unpack(plain: false);

    public int FirstLine { get; }

    /// <summary>The text a reader sees, without markup (<see cref="ArchiveMarkdown.ToPlainText"/>): what quotes are checked against.</summary>
    public string PlainText => _text.Unpack(plain: true);

    public IReadOnlyList<BodyAnnotation> Annotations { get; }

    public ArchiveMarkdown Parser { get; }

    /// <summary>Markdig's tree of the text, parsed again on every read (see the type's summary).</summary>
    public MarkdownDocument Document => Parser.Parse(Markdown);

    public int FileLine(int markdigLine) => FirstLine + markdigLine;

    /// <summary>
    /// The two texts in one compressed block: the plain text repeats the Markdown's words, which Brotli then stores
    /// as references into the Markdown rather than a second time. Text that is not well-formed UTF-16 (a lone
    /// surrogate, which UTF-8 cannot hold) is kept as it is, so that what is read back is always what was given.
    /// </summary>
    internal static Packed Pack(string markdown, string plainText)
    {
        int markdownBytes, plainBytes;
        try
        {
            markdownBytes = StrictUtf8.GetByteCount(markdown);
            plainBytes = StrictUtf8.GetByteCount(plainText);
        }
        catch (EncoderFallbackException)
        {
            return new Packed(null, 0, 0, markdown, plainText);
        }
        var length = markdownBytes + plainBytes;
        var utf8 = ArrayPool<byte>.Shared.Rent(length);
        var compressed = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(length));
        try
        {
            StrictUtf8.GetBytes(markdown, utf8);
            StrictUtf8.GetBytes(plainText, utf8.AsSpan(markdownBytes));
            var bytes = BrotliEncoder.TryCompress(utf8.AsSpan(0, length), compressed, out var written, Quality, Window) && written < length
                ? compressed.AsSpan(0, written).ToArray()
                : utf8.AsSpan(0, length).ToArray();
            return new Packed(bytes, markdownBytes, plainBytes, null, null);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
            ArrayPool<byte>.Shared.Return(compressed);
        }
    }

    /// <summary>
    /// The body's texts as kept: <see cref="Bytes"/> holds the UTF-8 of the Markdown then of the plain text,
    /// compressed unless compressing did not make it smaller (then it is exactly their length); or, for text UTF-8
    /// cannot hold, the two strings.
    /// </summary>
    internal sealed record Packed(byte[]? Bytes, int MarkdownBytes, int PlainBytes, string? Markdown, string? PlainText)
    {
        public string Unpack(bool plain)
        {
            if (Bytes is null) return plain ? PlainText! : Markdown!;
            var length = MarkdownBytes + PlainBytes;
            var (start, count) = plain ? (MarkdownBytes, PlainBytes) : (0, MarkdownBytes);
            if (Bytes.Length == length) return StrictUtf8.GetString(Bytes, start, count);
            if (count == 0) return "";
            // Only as much is decompressed as the part asked for needs: the Markdown comes first, so reading it stops there.
            var target = plain ? length : MarkdownBytes;
            // A new array, not a pooled one: a pooled array may still hold these very bytes from packing, which would
            // hide a read that stopped short.
            var utf8 = new byte[target];
            using var decoder = new BrotliDecoder();
            var status = decoder.Decompress(Bytes, utf8, out _, out var written);
            if (written != target || status is not (OperationStatus.Done or OperationStatus.DestinationTooSmall))
                throw new InvalidOperationException($"a body packed in this process could not be unpacked ({status}, {written} of {target} bytes)");
            return StrictUtf8.GetString(utf8, start, count);
        }
    }
}

/// <summary>An inline annotation of a body (<c>[words]{group=id}</c>), where it stands: Markdig's 0-based line and column.</summary>
public sealed record BodyAnnotation(AnnotationKind Kind, string Value, int Line, int Column);
