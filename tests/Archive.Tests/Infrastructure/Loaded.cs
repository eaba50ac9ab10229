using Archive.Content;
using Archive.Diagnostics;
using Archive.Markdown;

namespace Archive.Tests.Infrastructure;

/// <summary>Runs only the Content stage over a fixture, for tests of what the loader reads and reports.</summary>
internal sealed record Loaded(ContentSet Content, IReadOnlyList<Diagnostic> Diagnostics)
{
    public const string MinimalSiteYml = "title: \"T\"\nbase_url: \"https://example.org/\"\n";

    public static Loaded From(TestSite site)
    {
        var bag = new DiagnosticBag();
        var content = new ContentLoader(new ArchiveMarkdown()).Load(site.Root, bag);
        return new Loaded(content, bag.ToSortedList());
    }

    /// <summary>Loads a site holding a minimal <c>site.yml</c> and the one file given.</summary>
    public static Loaded File(string path, string content)
    {
        using var site = TestSite.Create(new Dictionary<string, string> { ["input/site.yml"] = MinimalSiteYml, [path] = content });
        return From(site);
    }

    public Diagnostic Single(string code)
    {
        var found = Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(found.Count == 1, $"expected one {code}, got:\n{string.Join('\n', Diagnostics)}");
        return found[0];
    }

    public void AssertClean() => Assert.True(Diagnostics.Count == 0, "unexpected diagnostics:\n" + string.Join('\n', Diagnostics));
}
