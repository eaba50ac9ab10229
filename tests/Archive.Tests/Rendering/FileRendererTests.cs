using System.Collections.Concurrent;
using Archive.Rendering;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Rendering;

/// <summary>
/// The files beside the pages (data downloads, feeds, the sitemap) reach the sink through its stream, never as one
/// buffer of the whole file: <c>data/articles.json</c> holds every article's text and grows with the archive.
/// </summary>
public sealed class FileRendererTests
{
    /// <summary>Keeps each file's bytes and counts how it came: whole, or in pieces through <see cref="IPageSink.OpenWrite"/>.</summary>
    private sealed class RecordingSink(bool streamFails = false) : IPageSink
    {
        public ConcurrentDictionary<string, byte[]> Whole { get; } = new(StringComparer.Ordinal);
        public ConcurrentDictionary<string, byte[]> Streamed { get; } = new(StringComparer.Ordinal);

        public void Write(string path, ReadOnlySpan<byte> content) => Whole[path] = content.ToArray();

        public Stream OpenWrite(string path)
        {
            if (streamFails) throw new IOException("no space left on device");
            return new Piece(this, path);
        }

        private sealed class Piece(RecordingSink sink, string path) : MemoryStream
        {
            protected override void Dispose(bool disposing)
            {
                if (disposing) sink.Streamed[path] = ToArray();
                base.Dispose(disposing);
            }
        }
    }

    [Fact]
    public void Every_file_is_streamed_to_the_sink_with_the_bytes_a_whole_write_gives()
    {
        var site = Linked.Valid().Site;
        var reference = new MemorySink();
        var expected = FileRenderer.Render(site, [], reference);

        var sink = new RecordingSink();
        var files = FileRenderer.Render(site, [], sink);

        Assert.Contains(files, f => f.Path == "data/articles.json");
        Assert.Empty(sink.Whole);
        Assert.Equal(reference.Files.Keys.Order(StringComparer.Ordinal), sink.Streamed.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in reference.Files) Assert.Equal(bytes, sink.Streamed[path]);
        Assert.Equal(expected.Select(f => (f.Path, f.Length)), files.Select(f => (f.Path, f.Length)));
        Assert.All(files, f => Assert.Equal(sink.Streamed[f.Path].Length, f.Length));
    }

    [Fact]
    public void A_file_the_stream_cannot_take_is_handed_over_whole_so_the_sink_records_the_failure()
    {
        var site = Linked.Valid().Site;
        var reference = new MemorySink();
        FileRenderer.Render(site, [], reference);

        var sink = new RecordingSink(streamFails: true);
        FileRenderer.Render(site, [], sink);

        Assert.Empty(sink.Streamed);
        Assert.Equal(reference.Files.Keys.Order(StringComparer.Ordinal), sink.Whole.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in reference.Files) Assert.Equal(bytes, sink.Whole[path]);
    }
}
