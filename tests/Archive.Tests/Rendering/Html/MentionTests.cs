using Archive.Tests.Infrastructure;

namespace Archive.Tests.Rendering.Html;

/// <summary>Group names in article text link to the group; the group lists the article as "mentioned in".</summary>
public sealed class MentionTests
{
    [Fact]
    public void Article_GroupNamedInText_LinksFirstMentionPerSection()
    {
        using var site = TestSite.Valid();
        site.BuildClean();
        var body = site.Page("/articles/daily-report/").QuerySelector(".source-text")!;

        var mentions = body.QuerySelectorAll("a.mention").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("Northern Brigade", "/groups/northern-brigade/"), mentions);
        Assert.Single(mentions, m => m.Item2 == "/groups/northern-brigade/");
        // "State Government" is already a link in the source text: never a link inside a link.
        Assert.Empty(body.QuerySelectorAll("a a"));
        Assert.Empty(body.QuerySelectorAll("h2 a.mention, h3 a.mention, .quote-cite a.mention, .sidenote a.mention"));
    }

    [Fact]
    public void Article_GroupNamedInLinkCodeHeadingOrNote_LinksOnlyTheNameInTheText()
    {
        using var site = TestSite.Valid(f => f[ValidSite.Report] = f[ValidSite.Report]
            .Replace("The Northern Brigade has offered", "The brigade has offered")
            .Replace("## Reactions", "See [the Northern Brigade site](https://example.org/nb) and `Northern Brigade`.\n\n## Northern Brigade")
            .Replace("The government did not respond.",
                "A [spokesman]{note=\"The Northern Brigade named him.\"} spoke. ~~The <i>Northern Brigade</i>~~ and the Northern Brigade agreed."));
        site.BuildClean();
        var body = site.Page("/articles/daily-report/").QuerySelector(".source-text")!;

        var mentions = body.QuerySelectorAll("a.mention[href='/groups/northern-brigade/']");
        // The name inside <i> is ordinary text: only links, code, headings, notes and citations are left alone.
        Assert.Single(mentions);
        Assert.Equal("i", mentions[0].ParentElement!.LocalName);
    }

    [Fact]
    public void Group_MentionedInArticle_ListsItSeparately()
    {
        using var site = TestSite.Valid();
        site.BuildClean();
        var page = site.Page("/groups/resistance-front/");
        Assert.Contains("/articles/weekly-analysis/", page.QuerySelectorAll("#mentioned-in a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Site_MentionsOff_LinksNothing()
    {
        using var site = TestSite.Valid(f => f["input/site.yml"] += "mentions: false\n");
        site.BuildClean();
        Assert.Empty(site.Page("/articles/daily-report/").QuerySelectorAll("a.mention"));
        Assert.Null(site.Page("/groups/resistance-front/").QuerySelector("#mentioned-in"));
    }

    [Fact]
    public void SeedArchive_KataibHezbollahInText_LinksToItsPage()
    {
        using var site = TestSite.CopyOf(RepoRoot.SeedInput);
        site.BuildClean(allowWarnings: true);
        var page = site.Page("/articles/abc-ap-2020-iran-backed-militias-offer-truce/");
        var links = page.QuerySelectorAll(".source-text a.mention").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/groups/kataib-hezbollah/", links);
        Assert.Contains("/groups/iraqi-army/", links);
        // Asaib Ahl al-Haq is named only in the passage its membership claim quotes: the name inside the mark links to
        // the group, as anywhere else in the text.
        Assert.Contains("/groups/asaib-ahl-al-haq/", page.QuerySelectorAll(".source-text mark a.mention").Select(a => a.GetAttribute("href")));
    }
}
