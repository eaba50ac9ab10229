using System.Text.RegularExpressions;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Rendering.Figures;

/// <summary>
/// The same input gives the same drawings, byte for byte: the seed archive built twice, and a copy whose files were
/// written in the reverse order (so the folders list them differently), draw the same timelines and networks on every
/// page.
/// </summary>
public sealed partial class DrawingDeterminismTests
{
    [GeneratedRegex("<svg [^>]*class=\"(timeline-figure|network-figure)[^\"]*\".*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Drawing();

    /// <summary>Every drawing of every page, by page URL and position.</summary>
    private static SortedDictionary<string, string> Drawings(TestSite site)
    {
        var all = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var url in site.PageUrls())
        {
            var matches = Drawing().Matches(File.ReadAllText(site.OutputPath(url)));
            for (var i = 0; i < matches.Count; i++) all[$"{url}#{i}"] = matches[i].Value;
        }
        return all;
    }

    /// <summary>A copy of the seed input written file by file in the reverse of the usual order, folders included.</summary>
    private static TestSite ReversedCopy()
    {
        var site = TestSite.Folder();
        var files = Directory.EnumerateFiles(RepoRoot.SeedInput, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Reverse();
        foreach (var file in files)
        {
            site.WriteBytes("input/" + Path.GetRelativePath(RepoRoot.SeedInput, file).Replace('\\', '/'), File.ReadAllBytes(file));
        }
        return site;
    }

    [Fact]
    public void Build_SeedTwiceAndAReversedCopy_SameDrawingsOnEveryPage()
    {
        using var first = TestSite.CopyOf(RepoRoot.SeedInput);
        using var reversed = ReversedCopy();
        first.BuildClean(allowWarnings: true);
        var once = Drawings(first);
        first.BuildClean(allowWarnings: true);
        var twice = Drawings(first);
        reversed.BuildClean(allowWarnings: true);
        var other = Drawings(reversed);

        Assert.True(once.Count > 20, $"only {once.Count} drawings in the seed");
        Assert.Contains(once.Keys, k => k.StartsWith("/groups/#", StringComparison.Ordinal));
        Assert.Contains(once.Keys, k => k.StartsWith("/dates/#", StringComparison.Ordinal));
        Assert.Equal(once, twice);
        Assert.Equal(once.Keys, other.Keys);
        foreach (var (key, svg) in once) Assert.True(svg == other[key], $"{key} differs in the reversed copy");
    }
}
