using Archive.Diagnostics;
using Archive.Linking;
using Archive.Markdown;
using Archive.Rendering;
using Archive.Rendering.Links;
using Archive.Rendering.Theme;

namespace Archive.Tests.Infrastructure;

/// <summary>Compares the links rendering collected with a browser's reading of the pages it wrote.</summary>
internal static class CollectedLinks
{
    /// <summary>
    /// Every page of the site rendered into memory, with the links it collected and its bytes. A build checks each
    /// page's links as it streams and keeps none of them, so they are read here from a render of its own.
    /// </summary>
    public static (IReadOnlyList<StreamedPage> Pages, MemorySink Sink) Render(TestSite site)
    {
        var markdown = new ArchiveMarkdown();
        var diagnostics = new DiagnosticBag();
        var linked = new SiteLinker().Link(new Archive.Content.ContentLoader(markdown).Load(site.Root, diagnostics), false, diagnostics);
        var theme = ThemeFiles.Load(site.Root, linked.Config.Theme, diagnostics);
        var sink = new MemorySink();
        var pages = new SiteRenderer(markdown).Render(linked, theme, diagnostics, sink);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        return (pages, sink);
    }

    /// <summary>Every difference, one line per page and field; empty when collection saw what the finished pages hold.</summary>
    public static IReadOnlyList<string> Differences(TestSite site)
    {
        var differences = new List<string>();
        var (rendered, sink) = Render(site);
        var pages = rendered.Where(p => p.IsHtml).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var parsed = ParsedLinks.Read(System.Text.Encoding.UTF8.GetString(sink.Files[page.Path]));
            differences.AddRange(Compare(page.Url, parsed, page.Links!));
        }
        return differences;
    }

    public static IEnumerable<string> Compare(string url, PageLinks expected, PageLinks actual)
    {
        if (!expected.PageHrefs.SequenceEqual(actual.PageHrefs)) yield return $"{url}: page links\n  parsed    {string.Join(" ", expected.PageHrefs)}\n  collected {string.Join(" ", actual.PageHrefs)}";
        if (!expected.ResourceHrefs.SequenceEqual(actual.ResourceHrefs)) yield return $"{url}: resource links\n  parsed    {string.Join(" ", expected.ResourceHrefs)}\n  collected {string.Join(" ", actual.ResourceHrefs)}";
        if (!expected.Ids.SequenceEqual(actual.Ids)) yield return $"{url}: ids\n  parsed    {string.Join(" ", expected.Ids)}\n  collected {string.Join(" ", actual.Ids)}";
        if (expected.H1Count != actual.H1Count) yield return $"{url}: h1 parsed {expected.H1Count}, collected {actual.H1Count}";
        if (expected.HasTitle != actual.HasTitle) yield return $"{url}: title parsed {expected.HasTitle}, collected {actual.HasTitle}";
        if (expected.HasLanguage != actual.HasLanguage) yield return $"{url}: lang parsed {expected.HasLanguage}, collected {actual.HasLanguage}";
    }
}
