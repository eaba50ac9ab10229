using Archive.Checking;
using Archive.Diagnostics;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Checking;

public sealed class SiteCheckerTests
{
    private static string Html(string body, string title = "T", string lang = "en") =>
        $"<!DOCTYPE html><html lang=\"{lang}\"><head><title>{title}</title></head><body>{body}</body></html>";

    /// <summary>A home page linking to every other page, so only the problem under test is reported.</summary>
    private static Dictionary<string, string> Site(params (string Path, string Html)[] pages)
    {
        var links = string.Concat(pages.Select(p => $"<a href=\"/{p.Path.Replace("index.html", "", StringComparison.Ordinal)}\">x</a>"));
        var files = new Dictionary<string, string>(StringComparer.Ordinal) { ["index.html"] = Html("<h1>Home</h1>" + links) };
        foreach (var (path, html) in pages) files[path] = html;
        return files;
    }

    /// <summary>
    /// The check of the whole graph, which a preview makes; a build makes the same check page by page as pages stream
    /// (<see cref="StreamedLinkCheck"/>), so every case here also holds it to the same diagnostics, with every path
    /// known in advance and with none, the files arriving in order and in reverse.
    /// </summary>
    private static IReadOnlyList<Diagnostic> Check(Dictionary<string, string> files, string basePath = "/")
    {
        var graph = ParsedLinks.Graph(files);
        var whole = SiteChecker.Check(graph, basePath);
        foreach (var (expected, order) in new[] { (true, false), (false, false), (true, true), (false, true) })
        {
            var check = new StreamedLinkCheck(expected ? graph.Files.Keys : [], basePath);
            foreach (var (path, links) in order ? graph.Files.Reverse() : graph.Files) check.Add(path, links);
            Assert.Equal(whole, check.Finish());
        }
        return whole;
    }

    [Fact]
    public void Check_SoundSite_ReportsNothing()
    {
        var files = Site(
            ("groups/a/index.html", Html("<h1 id=\"top\">A</h1><a href=\"/groups/b/#x\">b</a><a href=\"#top\">top</a><a href=\"../b/\">b</a>")),
            ("groups/b/index.html", Html("<h1>B</h1><p id=\"x\">x</p><a href=\"https://example.org/\">out</a><a href=\"mailto:e@example.org\">mail</a>")));
        files["assets/style.css"] = "";
        files["groups/a/index.html"] = files["groups/a/index.html"].Replace("<head>", "<head><link rel=\"stylesheet\" href=\"/assets/style.css\">", StringComparison.Ordinal);

        Assert.Empty(Check(files));
    }

    [Fact]
    public void Check_LinkToMissingPage_ReportsBrokenLinkOnThePage()
    {
        var files = Site(("groups/a/index.html", Html("<h1>A</h1><a href=\"/groups/nope/\">?</a>")));

        var d = Assert.Single(Check(files));
        Assert.Equal((DiagnosticCodes.BrokenLink, "output/groups/a/index.html", Severity.Error), (d.Code, d.File, d.Severity));
        Assert.Contains("/groups/nope/", d.Message);
    }

    [Fact]
    public void Check_LinkToMissingFragment_ReportsBrokenLink()
    {
        var files = Site(
            ("articles/a/index.html", Html("<h1>A</h1><p id=\"q-1\">x</p>")),
            ("offers/o/index.html", Html("<h1>O</h1><a href=\"/articles/a/#q-2\">quote</a>")));

        var d = Assert.Single(Check(files));
        Assert.Equal((DiagnosticCodes.BrokenLink, "output/offers/o/index.html"), (d.Code, d.File));
        Assert.Contains("#q-2", d.Message);
    }

    [Fact]
    public void Check_MissingFragmentOnSamePage_ReportsBrokenLink()
    {
        var files = Site(("about/index.html", Html("<h1>A</h1><a href=\"#nowhere\">x</a>")));

        Assert.Equal(DiagnosticCodes.BrokenLink, Assert.Single(Check(files)).Code);
    }

    [Fact]
    public void Check_TextFragmentAndEncodedFragment_AreAccepted()
    {
        var files = Site(
            ("a/index.html", Html("<h1>A</h1><p id=\"caf\u00e9\">x</p><a href=\"/a/#:~:text=hello\">t</a><a href=\"/a/#caf%C3%A9\">c</a>")));

        Assert.Empty(Check(files));
    }

    [Fact]
    public void Check_MissingStylesheet_ReportsBrokenLink()
    {
        var files = Site(("a/index.html", Html("<h1>A</h1>").Replace("<head>", "<head><link rel=\"stylesheet\" href=\"/assets/missing.css\">", StringComparison.Ordinal)));

        Assert.Equal(DiagnosticCodes.BrokenLink, Assert.Single(Check(files)).Code);
    }

    [Theory]
    [InlineData("<h1>One</h1><h1>Two</h1>", "2 h1 headings")]
    [InlineData("<h2>None</h2>", "0 h1 headings")]
    public void Check_NotExactlyOneH1_ReportsPageStructure(string body, string message)
    {
        var files = Site(("a/index.html", Html(body)));

        var d = Assert.Single(Check(files));
        Assert.Equal((DiagnosticCodes.PageStructure, "output/a/index.html"), (d.Code, d.File));
        Assert.Contains(message, d.Message);
    }

    [Fact]
    public void Check_NoTitleOrLang_ReportsPageStructure()
    {
        var files = Site(("a/index.html", Html("<h1>A</h1>", title: " ", lang: "")));

        var found = Check(files);
        Assert.Equal(2, found.Count);
        Assert.All(found, d => Assert.Equal(DiagnosticCodes.PageStructure, d.Code));
        Assert.Contains(found, d => d.Message.Contains("<title>", StringComparison.Ordinal));
        Assert.Contains(found, d => d.Message.Contains("lang", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_PageNothingLinksTo_ReportsOrphan()
    {
        var files = Site(("a/index.html", Html("<h1>A</h1>")));
        files["lost/index.html"] = Html("<h1>Lost</h1><a href=\"/\">home</a>");

        var d = Assert.Single(Check(files));
        Assert.Equal((DiagnosticCodes.OrphanPage, "output/lost/index.html"), (d.Code, d.File));
    }

    [Fact]
    public void Check_PageReachedOnlyThroughAnotherPage_IsNotOrphan()
    {
        var files = Site(("a/index.html", Html("<h1>A</h1><a href=\"/deep/\">deep</a>")));
        files["deep/index.html"] = Html("<h1>Deep</h1>");

        Assert.Empty(Check(files));
    }

    [Fact]
    public void Check_NotFoundPage_NeedsNoH1AndNoInboundLink()
    {
        var files = Site();
        files["404.html"] = Html("<p>Not found</p>");

        Assert.Empty(Check(files));
    }

    [Fact]
    public void Check_BasePath_ResolvesPrefixedLinks()
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["index.html"] = Html("<h1>Home</h1><a href=\"/archive/groups/\">g</a>"),
            ["groups/index.html"] = Html("<h1>G</h1><a href=\"/archive/\">home</a><a href=\"/archive/nope/\">x</a>"),
        };

        var d = Assert.Single(Check(files, "/archive/"));
        Assert.Contains("/archive/nope/", d.Message);
    }

    [Theory]
    [InlineData("a/b/index.html", "/groups/x/", "groups/x/index.html", null)]
    [InlineData("a/b/index.html", "../c/", "a/c/index.html", null)]
    [InlineData("a/b/index.html", "#frag", "a/b/index.html", "frag")]
    [InlineData("a/b/index.html", "/x/?q=1#f", "x/index.html", "f")]
    [InlineData("index.html", "/assets/style.css", "assets/style.css", null)]
    [InlineData("index.html", "/", "index.html", null)]
    [InlineData("x/index.html", "/a/./b/", "a/b/index.html", null)]
    [InlineData("x/index.html", "/a/b/../c/", "a/c/index.html", null)]
    [InlineData("x/index.html", "/a/b/..", "a/index.html", null)]
    [InlineData("x/index.html", "/caf%C3%A9/", "café/index.html", null)]
    [InlineData("x/index.html", "/a b/#f", "a b/index.html", "f")]
    public void Resolve_InternalLink_GivesOutputFileAndFragment(string from, string href, string path, string? fragment)
    {
        Assert.Equal((path, fragment), SiteChecker.Resolve(from, href));
    }

    [Theory]
    [InlineData("https://example.org/")]
    [InlineData("mailto:x@example.org")]
    [InlineData("//cdn.example.org/x.js")]
    [InlineData("")]
    public void Resolve_ExternalOrEmptyLink_IsNull(string href)
    {
        Assert.Null(SiteChecker.Resolve("index.html", href));
    }
}
