using Archive.Checking;
using Archive.Diagnostics;
using Archive.Rendering.Links;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Checking;

/// <summary>
/// What the page-by-page check must get right beyond the cases it shares with <see cref="SiteChecker"/>
/// (<see cref="SiteCheckerTests"/> holds it to the same diagnostics): links to files that arrive after the page, ids
/// of pages that arrive later, and the table of expected files it trusts before they arrive.
/// </summary>
public sealed class StreamedLinkCheckTests
{
    private static PageLinks Page(string body) =>
        ParsedLinks.Read($"<!DOCTYPE html><html lang=\"en\"><head><title>T</title></head><body><h1>P</h1>{body}</body></html>");

    [Fact]
    public void Finish_LinkToAFileThatArrivesAfterItsPage_IsSound()
    {
        var check = new StreamedLinkCheck([]);
        check.Add("index.html", Page("<a href=\"/cite.bib\">bib</a><a href=\"/later/\">later</a>"));
        check.Add("cite.bib", null);
        check.Add("later/index.html", Page(""));

        Assert.Empty(check.Finish());
    }

    [Fact]
    public void Finish_LinkToAFileThatNeverArrives_ReportsItOnceAtTheEnd()
    {
        var check = new StreamedLinkCheck(["index.html", "b/index.html"]);
        check.Add("index.html", Page("<a href=\"/b/\">b</a><a href=\"/nope.bib\">bib</a>"));
        check.Add("b/index.html", Page(""));

        var d = Assert.Single(check.Finish());
        Assert.Equal((DiagnosticCodes.BrokenLink, "output/index.html"), (d.Code, d.File));
        Assert.Contains("/nope.bib", d.Message);
    }

    [Fact]
    public void Finish_FragmentOfAPageThatArrivesLater_IsCheckedAgainstThatPagesIds()
    {
        var check = new StreamedLinkCheck(["index.html", "a/index.html"]);
        check.Add("index.html", Page("<a href=\"/a/#there\">ok</a><a href=\"/a/#gone\">broken</a>"));
        check.Add("a/index.html", Page("<p id=\"there\">x</p>"));

        var d = Assert.Single(check.Finish());
        Assert.Contains("`/a/#gone`", d.Message);
    }

    [Fact]
    public void Finish_AnExpectedFileThatNeverArrived_IsABug()
    {
        var check = new StreamedLinkCheck(["index.html", "groups/index.html"]);
        check.Add("index.html", Page("<a href=\"/groups/\">groups</a>"));

        Assert.Throws<InvalidOperationException>(() => check.Finish());
    }

    [Fact]
    public void Finish_PagesLinkedOnlyThroughALinkCheckedAtTheEnd_AreReachable()
    {
        var check = new StreamedLinkCheck([]);
        check.Add("index.html", Page("<a href=\"/a/#x\">a</a>"));
        check.Add("a/index.html", Page("<p id=\"x\"></p><a href=\"/b/\">b</a>"));
        check.Add("b/index.html", Page(""));

        Assert.Empty(check.Finish());
    }
}
