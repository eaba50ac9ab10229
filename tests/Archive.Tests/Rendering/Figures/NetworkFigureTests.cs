using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using Archive.Rendering.Figures;
using Archive.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Archive.Tests.Rendering.Figures;

/// <summary>
/// The groups' network as published: on <c>/groups/</c> and on every group page, in its wide and its phone drawing,
/// no label covers a box or another label, no line runs through a box it does not join, every box links to its group's
/// page and every tie is drawn; at scale at most <see cref="NetworkFigure.MaxNodes"/> groups are drawn, and still no
/// line crosses a box.
/// </summary>
public sealed class NetworkFigureTests : IClassFixture<SeedArchiveTests.SeedBuild>
{
    private readonly TestSite _seed;
    private readonly ITestOutputHelper _output;

    public NetworkFigureTests(SeedArchiveTests.SeedBuild build, ITestOutputHelper output)
    {
        _seed = build.Site;
        _output = output;
    }

    public static TheoryData<string> Variants() => new() { "network-wide", "network-narrow" };

    private static IElement Drawing(IDocument page, string variant) =>
        page.QuerySelector($"svg.{variant}") ?? throw new Xunit.Sdk.XunitException($"no svg.{variant} on the page");

    private IEnumerable<string> PagesWithANetwork() =>
        _seed.PageUrls().Where(u => u == "/groups/" || (u.StartsWith("/groups/", StringComparison.Ordinal) && _seed.Page(u).QuerySelector("svg.network-figure") is not null));

    [Theory]
    [MemberData(nameof(Variants))]
    public void Seed_EveryNetwork_NoLabelOverABoxOrALabelAndNoLineThroughABox(string variant)
    {
        var pages = PagesWithANetwork().ToList();
        Assert.True(pages.Count > 10, "the seed's group pages should draw their ties");

        var problems = pages.SelectMany(url => NetworkGeometry.Read(Drawing(_seed.Page(url), variant)).Problems().Select(p => $"{url}: {p}")).ToList();

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Seed_GroupsIndex_EveryBoxLinksToItsGroupAndEveryTieIsDrawnOnce(string variant)
    {
        var page = _seed.Page("/groups/");
        var svg = Drawing(page, variant);
        var inWords = page.QuerySelectorAll("ul.ties li").Select(li => string.Join(' ', li.TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList();

        var boxes = svg.QuerySelectorAll("a").Where(a => a.QuerySelector("rect.mark") is not null).Select(a => a.GetAttribute("href")!).ToList();
        var ties = svg.QuerySelectorAll("g.tie > title").Select(t => t.TextContent).ToList();

        Assert.Equal(19, inWords.Count);
        Assert.Equal(inWords.Order(StringComparer.Ordinal), ties.Order(StringComparer.Ordinal));
        Assert.Equal(boxes.Count, boxes.Distinct().Count());
        Assert.All(boxes, href => Assert.True(href.StartsWith("/groups/", StringComparison.Ordinal) && _seed.Exists(href), $"{href} is not a group page"));
        // Every group that has a tie has a box.
        var tied = page.QuerySelectorAll("ul.ties li a").Select(a => a.GetAttribute("href")!).ToHashSet();
        Assert.Equal(tied.Order(StringComparer.Ordinal), boxes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Seed_GroupPage_DrawsItsOwnTiesWithTheGroupMarked()
    {
        var svg = Drawing(_seed.Page("/groups/kataib-hezbollah/"), "network-wide");

        var boxes = svg.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/groups/iran/", "/groups/iraqi-resistance-coordination-commission/", "/groups/kataib-hezbollah/", "/groups/popular-mobilization-forces/"],
            boxes.Order(StringComparer.Ordinal));
        Assert.Equal(3, svg.QuerySelectorAll("g.tie").Length);
        Assert.Single(svg.QuerySelectorAll("g.tie.uncertain"));
        Assert.Contains("Kataib Hezbollah member of (believed) Iraqi Resistance Coordination Commission", svg.QuerySelector("g.tie.uncertain title")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_Drawings_FitTheirScreens()
    {
        var page = _seed.Page("/groups/");

        Assert.InRange(NetworkGeometry.Read(Drawing(page, "network-wide")).Width, 300, 1130);
        // A phone shows the page about 350 px wide: a little more is scaled down, not much.
        Assert.InRange(NetworkGeometry.Read(Drawing(page, "network-narrow")).Width, 300, 380);
    }

    /// <summary>60 groups: four coalitions of fourteen members each, with alliances and rivalries across them.</summary>
    private static TestSite ScaleSite()
    {
        var files = new Dictionary<string, string> { ["input/site.yml"] = "title: \"Scale\"\nbase_url: \"https://example.org/\"\n" };
        for (var c = 0; c < 4; c++)
        {
            files[$"input/groups/coalition-{c}.md"] = $"---\nname: \"Coalition {c} of the north and the south\"\nkind: coalition\nsummary: \"A coalition.\"\n---\n";
        }
        for (var i = 0; i < 56; i++)
        {
            var sb = new StringBuilder($"---\nname: \"Member group {i.ToString("00", CultureInfo.InvariantCulture)}\"\nkind: armed-group\nsummary: \"A group.\"\nmember_of:\n  - coalition-{i % 4}\n");
            var relations = new List<string>();
            if (i % 3 == 0) relations.Add($"  - type: allied-with\n    group: member-{((i + 5) % 56).ToString("00", CultureInfo.InvariantCulture)}\n");
            if (i % 5 == 0) relations.Add($"  - type: rival-of\n    group: member-{((i + 11) % 56).ToString("00", CultureInfo.InvariantCulture)}\n");
            if (relations.Count > 0) sb.Append("relations:\n").Append(string.Concat(relations));
            files[$"input/groups/member-{i.ToString("00", CultureInfo.InvariantCulture)}.md"] = sb.Append("---\n").ToString();
        }
        return TestSite.Create(files);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Scale_SixtyGroups_AtMostFortyDrawnEveryTieListedAndNoLineThroughABox(string variant)
    {
        using var site = ScaleSite();
        site.BuildClean(allowWarnings: true);
        var page = site.Page("/groups/");

        var geometry = NetworkGeometry.Read(Drawing(page, variant));

        Assert.Equal(NetworkFigure.MaxNodes, geometry.Nodes.Count);
        Assert.Equal(56 + 19 + 12, page.QuerySelectorAll("ul.ties li").Length);
        var problems = geometry.Problems();
        _output.WriteLine($"{variant}: {geometry.Width} wide, {problems.Count} problems");
        foreach (var p in problems) _output.WriteLine(p);
        Assert.DoesNotContain(problems, p => p.Contains("crosses the box", StringComparison.Ordinal) || p.Contains("boxes of", StringComparison.Ordinal)
                                              || p.Contains("does not run", StringComparison.Ordinal));
    }
}
