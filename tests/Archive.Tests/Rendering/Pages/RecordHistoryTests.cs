using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Archive.Tests.History;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Rendering.Pages;

/// <summary>
/// Record pages list their file's changes from git and offer "cite this version": the valid fixture committed to a
/// throw-away repository, built from there and read back with AngleSharp.
/// </summary>
public sealed class RecordHistoryTests
{
    private const string Repository = "https://github.com/example/archive";
    private const string OfferFile = "input/offers/march-truce.md";

    /// <summary>The fixture in a repository: one commit of every file, then <paramref name="edits"/> commits of the offer alone.</summary>
    private static (TempGitRepo Repo, List<string> Commits) Committed(int edits, bool withRepository = true, string subject = "Offer: edit {0}")
    {
        var repo = TempGitRepo.Init();
        var files = ValidSite.Files();
        if (withRepository) files[ValidSite.SiteYml] += $"repository: \"{Repository}\"\n";
        foreach (var (path, text) in files) repo.Write(path, text);
        var commits = new List<string> { repo.CommitWithMessage("2006-01-01T12:00:00Z", "Add the archive", [.. files.Keys]) };
        for (var i = 1; i <= edits; i++)
        {
            files[OfferFile] += $"\nEdit {i}.\n";
            repo.Write(OfferFile, files[OfferFile]);
            commits.Add(repo.CommitWithMessage($"2006-02-{i:D2}T12:00:00Z", string.Format(System.Globalization.CultureInfo.InvariantCulture, subject, i), OfferFile));
        }
        return (repo, commits);
    }

    private static IDocument Build(TempGitRepo repo, string url)
    {
        var output = Path.Combine(repo.Root, "output");
        var result = new SiteBuilder().Build(new BuildRequest(repo.Root, output));
        Assert.True(result.Published, string.Join('\n', result.Diagnostics));
        return new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, Archive.Linking.Urls.ToFilePath(url))));
    }

    [Fact]
    public void RecordPage_LongHistory_ListsTheLatestTenNewestFirstLinkedToTheirCommits()
    {
        var (repo, commits) = Committed(edits: 11);
        using var _ = repo;

        var page = Build(repo, "/offers/march-truce/");

        var items = page.QuerySelectorAll("#history ol.changes li").ToList();
        Assert.Equal(10, items.Count);
        Assert.Equal(Enumerable.Range(2, 10).Reverse().Select(i => $"Offer: edit {i}"), items.Select(li => li.QuerySelector(".subject")!.TextContent));
        var newest = commits[^1];
        Assert.Equal("2006-02-11", items[0].QuerySelector("time")?.GetAttribute("datetime"));
        Assert.Equal(($"{Repository}/commit/{newest}", newest[..7]), (items[0].QuerySelector("a.commit")?.GetAttribute("href"), items[0].QuerySelector("a.commit")?.TextContent));
        var more = page.QuerySelector("#history .more")!;
        Assert.Contains("latest 10 of 12 changes", more.TextContent, StringComparison.Ordinal);
        Assert.Equal($"{Repository}/commits/main/{OfferFile}", more.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public void RecordPage_ShortHistory_ListsEveryChangeWithoutAWayToMore()
    {
        var (repo, commits) = Committed(edits: 1);
        using var _ = repo;

        var page = Build(repo, "/groups/northern-brigade/");

        var item = Assert.Single(page.QuerySelectorAll("#history ol.changes li"));
        Assert.Equal("Add the archive", item.QuerySelector(".subject")?.TextContent);
        Assert.Equal($"{Repository}/commit/{commits[0]}", item.QuerySelector("a.commit")?.GetAttribute("href"));
        Assert.Null(page.QuerySelector("#history .more"));
    }

    [Fact]
    public void CiteThisVersion_NamesTheLatestCommitAndLinksToTheFileAtIt()
    {
        var (repo, commits) = Committed(edits: 2);
        using var _ = repo;

        var page = Build(repo, "/offers/march-truce/");

        var permalink = $"{Repository}/blob/{commits[^1]}/{OfferFile}";
        Assert.Equal($"Test Editor. \"Three-month truce offer.\" Test Archive. Last updated February 2, 2006. Version {commits[^1][..7]}. {permalink}.",
            page.QuerySelector("#cite .cite-version")?.TextContent);
        Assert.Equal(permalink, page.QuerySelector("#cite .permalink a")?.GetAttribute("href"));
        // The page's own citation and the downloads still cite the page.
        Assert.EndsWith("https://archive.example.org/offers/march-truce/.", page.QuerySelector("#cite .cite-text")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(commits[^1], File.ReadAllText(Path.Combine(repo.Root, "output", "offers", "march-truce", "cite.bib")), StringComparison.Ordinal);
    }

    [Fact]
    public void RecordPage_SiteWithoutRepository_ShowsCommitsUnlinkedAndCitesTheVersionAtThePage()
    {
        var (repo, commits) = Committed(edits: 1, withRepository: false);
        using var _ = repo;

        var page = Build(repo, "/offers/march-truce/");

        Assert.Empty(page.QuerySelectorAll("#history a"));
        Assert.Equal(commits[^1][..7], page.QuerySelector("#history code.commit")?.TextContent);
        Assert.EndsWith($"Version {commits[^1][..7]}. https://archive.example.org/offers/march-truce/.", page.QuerySelector("#cite .cite-version")?.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#cite .permalink"));
    }

    [Fact]
    public void RecordPage_HostileCommitSubject_ArrivesAsText()
    {
        const string hostile = "Edit \"' data-hostile=\"1\" <x-hostile>&amp;</x-hostile><script>alert(1)</script> {0}";
        var (repo, _) = Committed(edits: 1, subject: hostile);
        using var _r = repo;

        var page = Build(repo, "/offers/march-truce/");

        Assert.Empty(page.QuerySelectorAll("x-hostile, [data-hostile]"));
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, hostile, 1), page.QuerySelector("#history .subject")?.TextContent);
    }

    [Fact]
    public void RecordPage_WithoutGit_HasNoHistoryAndNoVersionToCite()
    {
        using var site = TestSite.Valid();
        site.BuildClean();

        var page = site.Page("/offers/march-truce/");

        Assert.Null(page.GetElementById("history"));
        Assert.Null(page.QuerySelector("#cite .cite-version"));
    }
}
