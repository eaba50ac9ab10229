using Archive.Rendering.Links;

namespace Archive.Tests.Infrastructure;

/// <summary>Compares the links a build collected while rendering with a browser's reading of the pages it wrote.</summary>
internal static class CollectedLinks
{
    /// <summary>Every difference, one line per page and field; empty when collection saw what the finished pages hold.</summary>
    public static IReadOnlyList<string> Differences(TestSite site, BuildResult result)
    {
        var differences = new List<string>();
        var pages = result.Pages.Where(p => p.IsHtml).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var parsed = ParsedLinks.Read(File.ReadAllText(Path.Combine(site.OutputDir, page.Path)));
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
