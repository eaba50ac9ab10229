using Archive.Content;
using Archive.Diagnostics;
using Archive.Linking;
using Archive.Markdown;

namespace Archive.Tests.Infrastructure;

/// <summary>Runs the Content and Linking stages over a fixture, for tests of the site model.</summary>
internal sealed record Linked(Site Site, IReadOnlyList<Diagnostic> Diagnostics)
{
    public static Linked From(TestSite site, bool includeDrafts = false)
    {
        var bag = new DiagnosticBag();
        var content = new ContentLoader(new ArchiveMarkdown()).Load(site.Root, bag);
        var linked = new SiteLinker().Link(content, includeDrafts, bag);
        return new Linked(linked, bag.ToSortedList());
    }

    /// <summary>The valid fixture with <paramref name="change"/> applied, loaded and linked.</summary>
    public static Linked Valid(Action<Dictionary<string, string>>? change = null, bool includeDrafts = false)
    {
        using var site = TestSite.Valid(change);
        return From(site, includeDrafts);
    }

    public Diagnostic Single(string code)
    {
        var found = Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(found.Count == 1, $"expected one {code}, got:\n{string.Join('\n', Diagnostics)}");
        return found[0];
    }

    public void AssertClean() => Assert.True(Diagnostics.Count == 0, "unexpected diagnostics:\n" + string.Join('\n', Diagnostics));
}
