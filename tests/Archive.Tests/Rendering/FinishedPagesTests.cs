using Archive.Rendering;
using Archive.Rendering.Pages;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Rendering;

/// <summary>
/// A build keeps of each streamed file only what the files stage reads (<see cref="FinishedPages"/>): the files made
/// from that must be the files made from every page kept whole, and the counts those of every file.
/// </summary>
public sealed class FinishedPagesTests
{
    [Fact]
    public void Context_FromWhatIsKept_MakesTheFilesEveryPageKeptWholeMakes()
    {
        using var site = TestSite.Valid();
        var (pages, _) = CollectedLinks.Render(site);
        var linked = Linked.From(site).Site;
        Assert.Contains(pages, p => p.Annotations is { Count: > 0 });
        var finished = new FinishedPages();
        Parallel.ForEach(pages.Chunk(3), chunk => finished.Add(chunk));

        var whole = new MemorySink();
        FileRenderer.Render(RouteTable.Files(linked), FileRenderer.Context(linked, pages), whole);
        var kept = new MemorySink();
        FileRenderer.Render(RouteTable.Files(linked), finished.Context(linked), kept);

        Assert.Equal(whole.Files.Keys.Order(StringComparer.Ordinal), kept.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in whole.Files) Assert.True(bytes.AsSpan().SequenceEqual(kept.Files[path]), path);
        Assert.Equal(pages.Count, finished.Files);
        Assert.Equal(pages.Count(p => FileRenderer.IsPage(p.Url)), finished.Pages);
    }
}
