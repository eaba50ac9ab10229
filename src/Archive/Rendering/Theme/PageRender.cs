using System.Buffers;
using System.Text;
using Archive.Rendering.Links;

namespace Archive.Rendering.Theme;

/// <summary>
/// The outcome of rendering one page: its markup (kept in the render's own buffer until it is encoded once, to
/// UTF-8, by <see cref="EncodeUtf8"/>), the links and ids it holds and the templates it used; or the template failure
/// that stopped it.
/// </summary>
public sealed class PageRender
{
    private StringBuilder? _markup;
    private ThemeEngine? _owner;

    internal PageRender(StringBuilder? markup, ThemeEngine? owner, PageLinks? links, IReadOnlyList<string> templates, TemplateFailure? failure)
    {
        _markup = markup;
        _owner = owner;
        Links = links;
        Templates = templates;
        Failure = failure;
    }

    public TemplateFailure? Failure { get; }

    /// <summary>What the page links to and defines, collected while it rendered; null when it failed.</summary>
    public PageLinks? Links { get; }

    /// <summary>Every template the page was rendered with (theme paths: <c>layouts/base.sbn-html</c>, partials), in the order first used.</summary>
    public IReadOnlyList<string> Templates { get; }

    /// <summary>The markup as one string; tests read it, builds encode the buffer instead.</summary>
    public string? Html => Failure is null ? Markup.ToString() : null;

    private StringBuilder Markup => _markup ?? throw new InvalidOperationException(
        Failure is null ? "the page's markup was read after it was released" : "the page failed to render");

    /// <summary>
    /// Gives the page's buffer back to the engine for another page, once the page has been written and nothing will read
    /// its markup again (it may not be read after). A render never released leaves its buffer to the GC.
    /// </summary>
    public void Release()
    {
        if (_markup is { } markup && _owner is { } owner) owner.ReturnBuffer(markup);
        _markup = null;
        _owner = null;
    }

    /// <summary>
    /// The page as UTF-8 in a buffer rented from <paramref name="pool"/> (return it when done), encoded straight from
    /// the render's buffer. Returns the number of bytes.
    /// </summary>
    public int EncodeUtf8(ArrayPool<byte> pool, out byte[] buffer)
    {
        var markup = Markup;
        buffer = pool.Rent(Math.Max(1, Encoding.UTF8.GetMaxByteCount(markup.Length)));
        var encoder = Encoding.UTF8.GetEncoder();
        var written = 0;
        foreach (var chunk in markup.GetChunks())
        {
            written += encoder.GetBytes(chunk.Span, buffer.AsSpan(written), flush: false);
        }
        written += encoder.GetBytes(ReadOnlySpan<char>.Empty, buffer.AsSpan(written), flush: true);
        return written;
    }
}
