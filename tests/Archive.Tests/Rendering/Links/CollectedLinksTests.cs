using Archive.Tests.Infrastructure;

namespace Archive.Tests.Rendering.Links;

/// <summary>
/// Checking reads the links, ids, headings, title and language that rendering collected, not the pages: so what is
/// collected must be exactly what a browser finds in the finished pages, for the default theme and for templates that
/// build their attributes in unusual ways.
/// </summary>
public sealed class CollectedLinksTests
{
    [Fact]
    public void Build_ValidFixture_CollectsWhatTheFinishedPagesHold()
    {
        using var site = TestSite.Valid();
        site.BuildClean();

        var d = CollectedLinks.Differences(site); Assert.True(d.Count == 0, string.Join("\n", d));
    }

    [Fact]
    public void Build_SiteUnderASubPath_CollectsTheLinksWithTheBasePath()
    {
        using var site = TestSite.Valid(files => files[ValidSite.SiteYml] = files[ValidSite.SiteYml]
            .Replace("https://archive.example.org/", "https://example.org/archive/", StringComparison.Ordinal));
        site.BuildClean();

        Assert.Contains(CollectedLinks.Render(site).Pages, p => p.Links is { } l && l.PageHrefs.Contains("/archive/groups/"));
        Assert.Empty(CollectedLinks.Differences(site));
    }

    [Fact]
    public void Build_TemplateBuildingAttributesFromPiecesAndBranches_CollectsTheValuesWritten()
    {
        using var site = TestSite.Valid(files => files["input/theme/page.sbn-html"] = """
            <article>
            <h1 id="{{ if content.summary }}with-summary{{ else }}without{{ end }}">{{ content.title }}</h1>
            <p><a href="/groups/{{ "resistance-front" }}/#{{ "cite" }}">pieces</a>
            <a href="/offers/?x=1&amp;y=2">entity</a>
            <a href='{{ url_for "groups" }}' id=plain>single quotes</a>
            <a href={{ url_for "offers" }}>unquoted</a>
            {{ for n in 1..3 }}<span id="item-{{ n }}"></span>{{ end }}
            {{ if false }}<a href="/never/">never</a>{{ end }}
            {{ x = "/not-printed/" }}
            <img src="/assets/style.css" alt="">
            </p>
            {{ content.body }}
            </article>
            """);
        site.BuildClean();

        var about = CollectedLinks.Render(site).Pages.Single(p => p.Url == "/about/").Links!;
        Assert.Contains("/groups/resistance-front/#cite", about.PageHrefs);
        Assert.Contains("/offers/?x=1&y=2", about.PageHrefs);
        Assert.Contains("item-3", about.Ids);
        Assert.Contains("with-summary", about.Ids);
        Assert.DoesNotContain("/never/", about.PageHrefs);
        Assert.Empty(CollectedLinks.Differences(site));
    }
}
