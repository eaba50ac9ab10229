using System.Collections.Concurrent;
using System.Text;
using Archive.Cli.Preview;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Cli.Preview;

/// <summary>
/// Which edits of an article serve shows before linking the site again (from the last good site with the edited
/// record in place), and that the page it shows then is the page the finished update serves.
/// </summary>
public sealed class EarlyPreviewTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("\ntitle: \"Brigade offers truce\"", "\ntitle: \"Brigade offers a revised truce\"", "Brigade offers a revised truce")]
    [InlineData("\nsummary: \"The brigade offers", "\nsummary: \"Revised: the brigade offers", "Revised: the brigade offers")]
    [InlineData("\nsource: \"The Daily Report\"", "\nsource: \"The Revised Report\"", "The Revised Report")]
    [InlineData("\n  - \"A. Writer\"", "\n  - \"B. Reviser\"", "B. Reviser")]
    [InlineData("\nurl: \"https://news.example.com/truce\"", "\nurl: \"https://news.example.com/revised\"", "https://news.example.com/revised")]
    [InlineData("\nThe government did not respond.", "\nThe government did not respond at once.", "did not respond at once")]
    public async Task ArticleEdit_ThatListsNothingNew_IsShownBeforeLinkingAsTheUpdateServesIt(string old, string edited, string shows)
    {
        var (build, early) = await EditAsync(old, edited);

        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.True(build.EarlyBeforeLinking, $"the edit was not shown before linking (early: {string.Join(", ", build.Early)})");
        Assert.Contains("/articles/daily-report/", build.Early);
        var shown = Encoding.UTF8.GetString(early["articles/daily-report/index.html"]);
        Assert.Contains(shows, shown, StringComparison.Ordinal);
        Assert.Equal(build.Final["articles/daily-report/index.html"], early["articles/daily-report/index.html"]);
    }

    [Fact]
    public async Task TwoNeighbouringArticlesRetitledInOneBuild_EachEarlyPageNamesTheOthersNewTitle()
    {
        using var site = TestSite.Valid();
        var early = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        // A debounce long enough for both writes to make one build.
        await using var server = await StartAsync(site, early, TimeSpan.FromSeconds(1));
        const string report = "articles/daily-report/index.html", analysis = "articles/weekly-analysis/index.html";
        Assert.Contains("Talks in the spring", Encoding.UTF8.GetString(server.Published(report)!), StringComparison.Ordinal);

        var next = server.NextBuildAsync();
        site.Write(ValidSite.Report, site.Read(ValidSite.Report).Replace("\ntitle: \"Brigade offers truce\"", "\ntitle: \"Truce, retitled\"", StringComparison.Ordinal));
        site.Write(ValidSite.Analysis, site.Read(ValidSite.Analysis).Replace("\ntitle: \"Talks in the spring\"", "\ntitle: \"Spring talks, retitled\"", StringComparison.Ordinal));
        var build = await next.WaitAsync(Patience);

        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.True(build.EarlyBeforeLinking, $"the edit was not shown before linking (early: {string.Join(", ", build.Early)})");
        Assert.Contains("Spring talks, retitled", Encoding.UTF8.GetString(early[report]), StringComparison.Ordinal);
        Assert.Contains("Truce, retitled", Encoding.UTF8.GetString(early[analysis]), StringComparison.Ordinal);
        Assert.Equal(server.Published(report), early[report]);
        Assert.Equal(server.Published(analysis), early[analysis]);
    }

    [Theory]
    [InlineData("\nkind: news", "\nkind: analysis")]
    [InlineData("\npublished: \"2006-03-15\"", "\npublished: \"2006-03-16\"")]
    [InlineData("\n  - state-government\n", "\n")]
    [InlineData("\nretrieved: \"2006-03-16\"", "\nlanguage: fr")]
    public async Task ArticleEdit_ThatMovesOrRelistsIt_IsLinkedFirst(string old, string edited)
    {
        var (build, early) = await EditAsync(old, edited);

        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.False(build.EarlyBeforeLinking, "an edit that moves or relists the article was shown from the last good site");
        // Shown early after linking, as any edit of one record that adds and removes no page.
        if (early.TryGetValue("articles/daily-report/index.html", out var shown))
        {
            Assert.Equal(build.Final["articles/daily-report/index.html"], shown);
        }
    }

    private static async Task<(Result Build, IReadOnlyDictionary<string, byte[]> Early)> EditAsync(string old, string edited)
    {
        using var site = TestSite.Valid();
        var early = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        await using var server = await StartAsync(site, early);
        var text = site.Read(ValidSite.Report);
        Assert.Contains(old, text, StringComparison.Ordinal);

        var next = server.NextBuildAsync();
        site.Write(ValidSite.Report, text.Replace(old, edited, StringComparison.Ordinal));
        var build = await next.WaitAsync(Patience);
        var final = server.PublishedPaths.ToDictionary(p => p, p => server.Published(p)!, StringComparer.Ordinal);
        return (new Result(build.Succeeded, build.Diagnostics.Select(d => d.ToString()).ToList(), build.EarlyBeforeLinking, build.Early, final), early);
    }

    /// <summary>Serve on a free port, keeping in <paramref name="early"/> every file each build showed early, as shown.</summary>
    private static async Task<PreviewServer> StartAsync(TestSite site, ConcurrentDictionary<string, byte[]> early, TimeSpan? debounce = null)
    {
        var server = new PreviewServer(new PreviewOptions(site.Root, Port: 0, IncludeDrafts: true, Debounce: debounce))
        {
            OnEarly = (_, snapshot, urls) =>
            {
                foreach (var path in urls.Select(Archive.Linking.Urls.ToFilePath)) early[path] = snapshot.Get(path) ?? [];
            },
        };
        try
        {
            await server.StartAsync().WaitAsync(Patience);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    private sealed record Result(bool Succeeded, IReadOnlyList<string> Diagnostics, bool EarlyBeforeLinking, IReadOnlyList<string> Early,
        IReadOnlyDictionary<string, byte[]> Final);
}
