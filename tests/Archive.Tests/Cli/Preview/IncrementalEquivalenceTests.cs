using System.Globalization;
using Archive.Cli.Preview;
using Archive.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Archive.Tests.Cli.Preview;

/// <summary>
/// Incremental preview is never wrong: a seeded random sequence of edits (add, change, delete and rename articles,
/// groups and offers; a new theme folder, a template and an asset changed; a broken file and its fix) is driven through
/// <c>archive serve</c>, and after each one every file it serves must be byte for byte what a cold build of the same
/// input publishes, with the same diagnostics. A broken edit must leave the last good site served.
/// </summary>
public sealed class IncrementalEquivalenceTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(40);

    [Theory]
    [InlineData(20261201, 28, 100)]
    [InlineData(2, 40, 2)]
    public async Task RandomEdits_EveryServedFileEqualsAColdBuild(int seed, int steps, int pageSize)
    {
        // A page size of 2 splits every list of the fixture into pages, so edits shift items between them.
        using var site = TestSite.Valid(f => f[ValidSite.SiteYml] += $"page_size: {pageSize}\n");
        // Outside git a record's "last updated" day is its file's: the first edit of a file moves it, as it does for
        // a file last saved on another day.
        foreach (var file in Directory.EnumerateFiles(site.PathOf("input"), "*.md", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, new DateTime(2020, 1, 1, 12, 0, 0, DateTimeKind.Utc));
        }
        var edits = new Edits(site, new Random(seed));
        // What each build showed before it was done: the pages of the edited records, checked, in the last good site.
        var shown = new System.Collections.Concurrent.ConcurrentDictionary<int, Dictionary<string, byte[]>>();
        await using var server = new PreviewServer(new PreviewOptions(site.Root, Port: 0, IncludeDrafts: true, Debounce: Debounce))
        {
            OnEarly = (number, early, urls) => shown[number] = urls.Select(Archive.Linking.Urls.ToFilePath)
                .ToDictionary(p => p, p => early.Get(p) ?? [], StringComparer.Ordinal),
        };
        await server.StartAsync().WaitAsync(Patience);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Url, Timeout = Patience };
        await AssertSameAsColdBuild(site, server, http, "the first build");

        var partial = 0;
        var early = 0;
        var beforeLinking = 0;
        for (var step = 1; step <= steps; step++)
        {
            var good = server.PublishedPaths.ToDictionary(p => p, p => server.Published(p)!, StringComparer.Ordinal);
            var next = server.NextBuildAsync();
            var what = edits.Next();
            var build = await Settled(server, await next.WaitAsync(Patience));
            var label = $"step {step} ({what}), build {build.Number}";
            if (what.StartsWith("break", StringComparison.Ordinal))
            {
                Assert.False(build.Succeeded, $"{label}: the broken edit built");
                // For the reason a cold build gives: a broken quote is linking's error, not a missing mark found later.
                Assert.Equal(ColdDiagnostics(site), build.Diagnostics.Select(d => d.ToString()));
                Assert.False(shown.ContainsKey(build.Number), $"{label}: the broken edit was shown early ({string.Join(", ", shown.GetValueOrDefault(build.Number)?.Keys.ToList() ?? [])})");
                Assert.All(good, f => Assert.True(f.Value.AsSpan().SequenceEqual(server.Published(f.Key)), $"{label}: /{f.Key} is not the last good one"));
                Assert.Equal(good.Keys.Order(StringComparer.Ordinal), server.PublishedPaths.Order(StringComparer.Ordinal));
                next = server.NextBuildAsync();
                edits.Repair();
                build = await Settled(server, await next.WaitAsync(Patience));
                label += " then repaired";
            }
            Assert.True(build.Succeeded, $"{label}: {string.Join('\n', build.Diagnostics.Where(d => d.IsError))}");
            if (!build.Full) partial++;
            var before = shown.GetValueOrDefault(build.Number);
            if (before is not null) early++;
            if (build.EarlyBeforeLinking) beforeLinking++;
            output.WriteLine($"{label}: {(build.Full ? "all" : "part")}, {build.Rendered} rendered, {build.Changed} changed, {before?.Count ?? 0} shown early"
                + (build.EarlyBeforeLinking ? " before linking" : ""));
            await AssertSameAsColdBuild(site, server, http, label, build, before);
        }
        // Most edits touch a few records: were they all rendered in full, the test would not test the incremental path.
        Assert.True(partial >= steps / 3, $"only {partial} of {steps} edits rendered part of the site");
        // And some show the edited page before the rest, or the test would not test that shortcut.
        Assert.True(early > 0, $"none of {steps} edits showed the edited page early");
        // And some edit of an article's body alone, which is shown from the last good site before linking.
        Assert.True(beforeLinking > 0, $"none of {steps} edits showed the edited page before linking");
    }

    /// <summary>
    /// The build that follows the last change: events of one edit can arrive after the build they started (a file
    /// written in two steps), and on a loaded machine the build they start can take longer than the wait.
    /// </summary>
    private static async Task<PreviewBuild> Settled(PreviewServer server, PreviewBuild build)
    {
        while (true)
        {
            var next = server.NextBuildAsync();
            await Task.WhenAny(next, Task.Delay(Debounce * 6));
            if (!next.IsCompleted && !server.Busy) return build;
            build = await next.WaitAsync(Patience);
        }
    }

    /// <param name="early">The files the build showed before it was done: each must already be the cold build's.</param>
    /// <summary>What a cold build of the site as it is reports, its pages named as the preview names them (<c>output/…</c>).</summary>
    private static List<string> ColdDiagnostics(TestSite site)
    {
        var cold = Path.GetFullPath(Path.Combine(site.Root, "..", Path.GetFileName(site.Root) + "-cold"));
        try
        {
            return new SiteBuilder().Build(new BuildRequest(site.Root, cold, IncludeDrafts: true)).Diagnostics
                .Select(d => d.ToString().Replace(cold + "/", "output/", StringComparison.Ordinal)).ToList();
        }
        finally
        {
            if (Directory.Exists(cold)) Directory.Delete(cold, recursive: true);
        }
    }

    private static async Task AssertSameAsColdBuild(TestSite site, PreviewServer server, HttpClient http, string label, PreviewBuild? build = null,
        IReadOnlyDictionary<string, byte[]>? early = null)
    {
        var cold = Path.Combine(site.Root, "..", Path.GetFileName(site.Root) + "-cold");
        try
        {
            var result = new SiteBuilder().Build(new BuildRequest(site.Root, cold, IncludeDrafts: true));
            Assert.True(result.Succeeded, $"{label}: the cold build failed: {string.Join('\n', result.Diagnostics.Where(d => d.IsError))}");
            if (build is not null) Assert.Equal(result.Diagnostics.Select(d => d.ToString()), build.Diagnostics.Select(d => d.ToString()));

            var expected = Directory.EnumerateFiles(cold, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(cold, f).Replace('\\', '/'))
                .Where(p => p != Archive.Publishing.OutputGuard.Marker)
                .Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected, server.PublishedPaths.Order(StringComparer.Ordinal).ToList());
            foreach (var (path, shown) in early ?? new Dictionary<string, byte[]>())
            {
                var want = await File.ReadAllBytesAsync(Path.Combine(cold, path));
                Assert.True(want.AsSpan().SequenceEqual(shown), $"{label}: /{path} was shown early unlike a cold build{Diff(want, shown)}");
            }
            foreach (var path in expected)
            {
                var want = await File.ReadAllBytesAsync(Path.Combine(cold, path));
                var response = await http.GetAsync("/" + (path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path == "index.html" ? "" : path));
                var got = await response.Content.ReadAsByteArrayAsync();
                if (path.EndsWith(".html", StringComparison.Ordinal))
                {
                    want = System.Text.Encoding.UTF8.GetBytes(LiveReloadScript.Inject(System.Text.Encoding.UTF8.GetString(want)));
                }
                Assert.True(want.AsSpan().SequenceEqual(got), $"{label}: /{path} differs from a cold build{Diff(want, got)}");
            }
        }
        finally
        {
            if (Directory.Exists(cold)) Directory.Delete(cold, recursive: true);
        }
    }

    private static string Diff(byte[] want, byte[] got)
    {
        var a = System.Text.Encoding.UTF8.GetString(want);
        var b = System.Text.Encoding.UTF8.GetString(got);
        var at = 0;
        while (at < a.Length && at < b.Length && a[at] == b[at]) at++;
        string Around(string s) => s.Substring(Math.Max(0, at - 80), Math.Min(s.Length - Math.Max(0, at - 80), 200));
        return $"\ncold:    …{Around(a)}…\nserved:  …{Around(b)}…";
    }

    /// <summary>Random edits of the valid fixture that keep it valid, except <c>break</c>, which <see cref="Repair"/> undoes.</summary>
    private sealed class Edits(TestSite site, Random random)
    {
        private static readonly string[] Dates = ["2005-07-01", "2006-03-15", "2006-05", "2007", "2006-05-02", "2008-11-30"];
        private static readonly string[] FixedGroups = ["resistance-front", "northern-brigade", "state-government"];

        private readonly List<string> _articles = [];
        private readonly List<string> _groups = [];
        private readonly List<string> _offers = [];
        private readonly Dictionary<string, List<string>> _groupsOf = [];
        private (string Path, string Text)? _broken;
        private int _n;

        private string Pick(IReadOnlyList<string> items) => items[random.Next(items.Count)];

        private string ArticleFile(string id) => $"input/articles/{id}.md";

        private IReadOnlyList<string> AllArticles => ["daily-report", "weekly-analysis", .. _articles];

        private IReadOnlyList<string> AllGroups => [.. FixedGroups, .. _groups];

        private bool HasTheme => Directory.Exists(site.PathOf("themes/default"));

        public string Next()
        {
            _n++;
            var choices = new List<(string Name, Func<bool> Can, Action Do)>
            {
                ("add article", () => true, AddArticle),
                ("add article", () => _articles.Count < 2, AddArticle),
                ("change article title", () => true, () => Replace(ArticleFile(Pick(AllArticles)), "\ntitle: \"", $"\ntitle: \"v{_n} ")),
                ("change article text", () => true, () => Append(ArticleFile(Pick(AllArticles)), $"\nParagraph {_n} names the Northern Brigade.\n")),
                ("change article text", () => true, () => Append(ArticleFile(Pick(AllArticles)), $"\nParagraph {_n} says [the front]{{group=resistance-front}} spoke.\n")),
                ("change quoted article text", () => true, ChangeQuotedText),
                ("change article summary", () => true, () => Replace(ArticleFile(Pick(AllArticles)), "\nsummary: \"", $"\nsummary: \"v{_n} ")),
                ("change article date", () => _articles.Count > 0, ChangeDate),
                ("change article groups", () => _articles.Count > 0, ChangeGroups),
                ("delete article", () => _articles.Count > 0, DeleteArticle),
                ("rename article", () => _articles.Count > 0, RenameArticle),
                ("add group", () => true, AddGroup),
                ("change group text", () => true, () => Append($"input/groups/{Pick(AllGroups)}.md", $"\nParagraph {_n} about the group.\n")),
                ("rename group", () => true, () => Replace($"input/groups/{Pick(AllGroups)}.md", "\nname: \"", $"\nname: \"V{_n} ")),
                ("delete group", () => _groups.Any(IsUnused), DeleteGroup),
                ("add offer", () => true, AddOffer),
                ("change offer", () => true, () => Replace($"input/offers/{Pick(["march-truce", "may-talks", .. _offers])}.md", "\ntitle: \"", $"\ntitle: \"v{_n} ")),
                ("delete offer", () => _offers.Count > 0, DeleteOffer),
                ("rename offer", () => _offers.Count > 0, RenameOffer),
                ("create theme", () => !HasTheme, CreateTheme),
                ("change template", () => HasTheme, () => Append("themes/default/partials/record-footer.sbn-html", $"<!-- footer v{_n} -->\n")),
                ("change asset", () => HasTheme, () => Append("themes/default/assets/style.css", $"/* v{_n} */\n")),
                ("change page", () => true, () => Append(ValidSite.About, $"\nAbout, version {_n}.\n")),
                ("break offer", () => _broken is null, Break),
                ("break link", () => _broken is null, BreakLink),
                ("break quote", () => _broken is null, BreakQuote),
                ("break quote twice", () => _broken is null, BreakQuoteTwice),
                ("break annotation", () => _broken is null, BreakAnnotation),
            };
            var possible = choices.Where(c => c.Can()).ToList();
            var choice = possible[random.Next(possible.Count)];
            choice.Do();
            return choice.Name;
        }

        public void Repair()
        {
            var (path, text) = _broken!.Value;
            site.Write(path, text);
            _broken = null;
        }

        private void Replace(string path, string old, string replacement)
        {
            var text = site.Read(path);
            var at = text.IndexOf(old, StringComparison.Ordinal);
            Assert.True(at >= 0, $"`{old}` is not in {path}");
            site.Write(path, text[..at] + replacement + text[(at + old.Length)..]);
        }

        private void Append(string path, string text) => site.Write(path, site.Read(path) + text);

        private string Article(string id, string date, IReadOnlyList<string> groups) => $"""
            ---
            title: "Extra report {id}"
            kind: news
            source: "The Extra Wire"
            published: "{date}"
            retrieved: "2024-01-01"
            groups:
            {string.Join('\n', groups.Select(g => "  - " + g))}
            summary: "An extra report."
            ---

            The report {id} says the Resistance Front met envoys. It adds a sentence of its own, number {_n}.

            """;

        private void AddArticle()
        {
            var id = $"extra-{_n}";
            var groups = AllGroups.Where(_ => random.Next(3) == 0).DefaultIfEmpty("state-government").ToList();
            _articles.Add(id);
            _groupsOf[id] = groups;
            site.Write(ArticleFile(id), Article(id, Pick(Dates), groups));
        }

        private void ChangeDate()
        {
            var id = Pick(_articles);
            site.Write(ArticleFile(id), Article(id, Pick(Dates), _groupsOf[id]));
        }

        private void ChangeGroups()
        {
            var id = Pick(_articles);
            _groupsOf[id] = [Pick(AllGroups)];
            var text = site.Read(ArticleFile(id));
            var date = text.Split('\n').First(l => l.StartsWith("published:", StringComparison.Ordinal))["published: \"".Length..^1];
            site.Write(ArticleFile(id), Article(id, date, _groupsOf[id]));
        }

        private void DeleteArticle()
        {
            var id = Pick(_articles);
            _articles.Remove(id);
            _groupsOf.Remove(id);
            File.Delete(site.PathOf(ArticleFile(id)));
        }

        private void RenameArticle()
        {
            var id = Pick(_articles);
            var renamed = $"renamed-{_n}";
            _articles[_articles.IndexOf(id)] = renamed;
            _groupsOf[renamed] = _groupsOf[id];
            _groupsOf.Remove(id);
            File.Move(site.PathOf(ArticleFile(id)), site.PathOf(ArticleFile(renamed)));
        }

        private bool IsUnused(string group) =>
            !_groupsOf.Values.Any(g => g.Contains(group)) && !_offers.Any(o => site.Read($"input/offers/{o}.md").Contains("  - " + group + "\n", StringComparison.Ordinal));

        private void AddGroup()
        {
            var id = $"group-{_n}";
            _groups.Add(id);
            site.Write($"input/groups/{id}.md", $"""
                ---
                name: "Group Number {_n}"
                kind: armed-group
                member_of:
                  - resistance-front
                summary: "A group added while previewing."
                ---

                Group {_n} is an armed group.

                """);
        }

        private void DeleteGroup()
        {
            var id = Pick(_groups.Where(IsUnused).ToList());
            _groups.Remove(id);
            File.Delete(site.PathOf($"input/groups/{id}.md"));
        }

        private void AddOffer()
        {
            var id = $"offer-{_n}";
            _offers.Add(id);
            site.Write($"input/offers/{id}.md", $"""
                ---
                title: "Offer number {_n}"
                date: "{Pick(Dates)}"
                form: conditional-offer
                by:
                  - {Pick(AllGroups.Where(g => g != "state-government").ToList())}
                to:
                  - state-government
                offered:
                  - "A pause"
                status: unanswered
                sources:
                  - article: daily-report
                    quote: "A spokesman said the brigade"
                ---

                An offer added while previewing.

                """);
        }

        private void DeleteOffer()
        {
            var id = Pick(_offers);
            _offers.Remove(id);
            File.Delete(site.PathOf($"input/offers/{id}.md"));
        }

        private void RenameOffer()
        {
            var id = Pick(_offers);
            var renamed = $"offer-renamed-{_n}";
            _offers[_offers.IndexOf(id)] = renamed;
            File.Move(site.PathOf($"input/offers/{id}.md"), site.PathOf($"input/offers/{renamed}.md"));
        }

        private void CreateTheme()
        {
            // Made beside the site and moved in whole, as a checkout or an unpacked download arrives.
            var staged = site.PathOf("themes-staged");
            PreviewServerTests.CopyFolder(Path.Combine(RepoRoot.Path, "themes", "default"), Path.Combine(staged, "default"));
            Directory.Move(staged, site.PathOf("themes"));
        }

        /// <summary>A link to an article that does not exist: only checking the rendered pages finds it.</summary>
        private void BreakLink()
        {
            var path = ArticleFile(Pick(AllArticles));
            var text = site.Read(path);
            _broken = (path, text);
            site.Write(path, text + $"\nSee [the missing report](/articles/no-such-report-{_n}/).\n");
        }

        /// <summary>Words an offer quotes from the report (march-truce) no longer occur in it: only linking again finds that.</summary>
        private void BreakQuote()
        {
            var path = ArticleFile("daily-report");
            var text = site.Read(path);
            _broken = (path, text);
            Assert.Contains("would halt all attacks", text, StringComparison.Ordinal);
            site.Write(path, text.Replace("would halt all attacks", "would stop all attacks", StringComparison.Ordinal));
        }

        /// <summary>Words of the report that no record quotes change: what the offers quote from it is still there once.</summary>
        private void ChangeQuotedText()
        {
            var path = ArticleFile("daily-report");
            var text = site.Read(path);
            var at = text.IndexOf("A spokesman said the brigade", StringComparison.Ordinal);
            Assert.True(at >= 0, "the quoted words are not in the report");
            site.Write(path, text[..at] + $"In update {_n}, the report says so again. " + text[at..]);
        }

        /// <summary>A quoted passage written a second time: it no longer occurs once, which only linking again finds.</summary>
        private void BreakQuoteTwice()
        {
            var path = ArticleFile("daily-report");
            var text = site.Read(path);
            _broken = (path, text);
            site.Write(path, text + "\nAgain: the brigade “would halt all attacks”.\n");
        }

        /// <summary>An annotation naming a group that does not exist, in the body alone.</summary>
        private void BreakAnnotation()
        {
            var path = ArticleFile(Pick(AllArticles));
            var text = site.Read(path);
            _broken = (path, text);
            site.Write(path, text + $"\nThe [other group]{{group=no-such-group-{_n}}} spoke too.\n");
        }

        private void Break()
        {
            var path = $"input/offers/{Pick(["march-truce", "may-talks", .. _offers])}.md";
            var text = site.Read(path);
            _broken = (path, text);
            site.Write(path, text.Replace("\nstatus: ", "\nstatus: not-a-status-", StringComparison.Ordinal));
        }
    }
}
