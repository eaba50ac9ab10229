using System.Text.Json;
using Archive.Tests.Infrastructure;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace Archive.Tests.Rendering.Theme;

/// <summary>
/// The seed archive in Chromium as readers meet it beyond the plain page: dark mode, print, a phone's width, the
/// keyboard, an accessibility checker (axe-core), and an annotation client counting positions in the page's text.
/// Screenshots and the printed PDF are kept under bin/screenshots for people to look at.
/// </summary>
public sealed class ReaderModesBrowserTests : IClassFixture<ReaderModesBrowserTests.Browser>
{
    public sealed class Browser() : SiteInChromium(TestSite.CopyOf(RepoRoot.SeedInput));

    private static readonly string[] Kinds = ["home", "article", "group", "offer", "offers", "articles", "groups", "timeline", "month", "page", "data", "not-found"];

    private readonly Browser _browser;
    private readonly ITestOutputHelper _output;

    public ReaderModesBrowserTests(Browser browser, ITestOutputHelper output)
    {
        _browser = browser;
        _output = output;
    }

    public static TheoryData<string, string> KindsAndSchemes()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in Kinds)
        {
            data.Add(kind, "light");
            data.Add(kind, "dark");
        }
        return data;
    }

    private string UrlFor(string kind)
    {
        var urls = _browser.Site.PageUrls();
        string Record(string prefix) => urls.Where(u => u.StartsWith(prefix, StringComparison.Ordinal) && u.Length > prefix.Length && u.Count(c => c == '/') == 3)
            .Order(StringComparer.Ordinal).First();
        return kind switch
        {
            "home" => "/",
            "article" => ArticleWithNote(),
            "group" => Record("/groups/"),
            "offer" => Record("/offers/"),
            "offers" => "/offers/",
            "articles" => "/articles/",
            "groups" => "/groups/",
            "timeline" => "/dates/",
            "month" => urls.Where(u => u.StartsWith("/dates/", StringComparison.Ordinal) && u.Count(c => c == '/') == 4).Order(StringComparer.Ordinal).First(),
            "page" => "/about/",
            "data" => "/data/",
            "not-found" => "/404.html",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    /// <summary>The first article whose page carries a margin note: the hardest page to print and to fit on a phone.</summary>
    private string ArticleWithNote() => _browser.Site.PageUrls()
        .Where(u => u.StartsWith("/articles/", StringComparison.Ordinal) && u.Length > "/articles/".Length)
        .Order(StringComparer.Ordinal)
        .First(u => _browser.Site.Page(u).QuerySelector(".sidenote") is not null);

    private async Task<IPage> Open(string url, int width = 1280, int height = 900, string scheme = "light")
    {
        Assert.True(_browser.StartupProblem is null, _browser.StartupProblem);
        var context = await _browser.Chromium!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(new Uri(_browser.Address, url.TrimStart('/')).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.True(response!.Ok || url == "/404.html", $"{url}: HTTP {response.Status}");
        return page;
    }

    [Theory]
    [MemberData(nameof(KindsAndSchemes))]
    public async Task Page_InLightAndDarkMode_HasNoSeriousOrCriticalAccessibilityViolations(string kind, string scheme)
    {
        var url = UrlFor(kind);
        var page = await Open(url, scheme: scheme);
        try
        {
            var result = await page.RunAxe();

            var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
            foreach (var v in result.Violations) _output.WriteLine($"{v.Impact} {v.Id}: {v.Help} ({v.Nodes.Length} nodes, e.g. {v.Nodes.FirstOrDefault()?.Html})");
            Assert.True(serious.Count == 0, $"{url} ({scheme}): " + string.Join("; ", serious.Select(v =>
                $"{v.Impact} {v.Id} on {v.Nodes.Length} elements, e.g. {v.Nodes.First().Html}")));
            Assert.NotEmpty(result.Passes);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task DarkMode_RecordPages_UseTheDarkSchemeWithMarksNotesAndQuotesDistinct()
    {
        var page = await Open(UrlFor("article"), scheme: "dark");
        try
        {
            // The page, a quoted passage, a noted passage, a quotation block: four backgrounds a reader must tell apart.
            var colours = await page.EvaluateAsync<string[]>("""
                () => [document.body, document.querySelector('mark.quote:not(.quote-note)'), document.querySelector('mark.quote-note'),
                       document.querySelector('.summary p')]
                      .map(e => e ? getComputedStyle(e).backgroundColor : 'missing')
                """);
            _output.WriteLine(string.Join(" | ", colours));
            Assert.DoesNotContain("missing", colours);
            Assert.True(Luminance(colours[0]) < 0.05, $"the body's background {colours[0]} is not dark");
            Assert.Equal(colours.Length, colours.Distinct().Count());
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("article")]
    [InlineData("offer")]
    [InlineData("group")]
    public async Task RecordPrinted_FirstPageHasTitleAndNoNavigation_CitationAtTheEnd(string kind)
    {
        var url = UrlFor(kind);
        var title = _browser.Site.Page(url).QuerySelector("h1")!.TextContent.Trim();
        var page = await Open(url);
        try
        {
            var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4" });
            await File.WriteAllBytesAsync(Path.Combine(SiteInChromium.ScreenshotDir, $"{kind}-print.pdf"), pdf);
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(SiteInChromium.ScreenshotDir, $"{kind}-print.png"), FullPage = true });

            using var document = PdfDocument.Open(pdf);
            string Words(int n) => string.Join(' ', document.GetPage(n).GetWords().Select(w => w.Text));
            var first = Words(1);
            var all = string.Join(' ', Enumerable.Range(1, document.NumberOfPages).Select(Words));
            _output.WriteLine($"{document.NumberOfPages} pages; page 1: {first}");

            Assert.Contains(Squeeze(title), Squeeze(first));
            foreach (var chrome in new[] { "Skip to content", "Timeline", "Data downloads", "Previous", "Edit this page" })
            {
                Assert.DoesNotContain(Squeeze(chrome), Squeeze(first));
            }
            var cite = all.LastIndexOf("Cite", StringComparison.OrdinalIgnoreCase);
            Assert.True(cite > all.Length / 2, "the citation is not at the end");
            if (kind == "article")
            {
                var notes = all.LastIndexOf("Editor’s notes", StringComparison.Ordinal);
                Assert.True(notes > 0, "the printed article has no list of notes");
                Assert.True(cite > notes, "the citation does not follow the notes");
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("article")]
    [InlineData("group")]
    [InlineData("offer")]
    [InlineData("home")]
    [InlineData("data")]
    public async Task Screenshots_InBothModesAtDesktopAndPhoneWidths_AreKept(string kind)
    {
        foreach (var scheme in new[] { "light", "dark" })
        {
            foreach (var (width, height) in new[] { (1280, 900), (390, 844) })
            {
                var page = await Open(UrlFor(kind), width, height, scheme);
                try
                {
                    var file = Path.Combine(SiteInChromium.ScreenshotDir, $"{kind}-{scheme}-{width}.png");
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                    Assert.True(new FileInfo(file).Length > 1000);
                    var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
                    Assert.True(overflow <= 0, $"{kind} ({scheme}) is {overflow}px wider than a {width}px window");
                }
                finally
                {
                    await page.Context.CloseAsync();
                }
            }
        }
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task NarrowScreen_MarginNote_OpensAfterItsParagraphNeverInsideASentence(string scheme)
    {
        var page = await Open(UrlFor("article"), 390, 844, scheme);
        try
        {
            await page.Locator(".sidenote").First.Locator("xpath=..").ScreenshotAsync(new LocatorScreenshotOptions
            {
                Path = Path.Combine(SiteInChromium.ScreenshotDir, $"article-note-{scheme}-390.png"),
            });
            // For each note: text of its paragraph after it, how far its top is below the last line of text before it.
            var notes = await page.EvaluateAsync<JsonElement>("""
                () => [...document.querySelectorAll('.sidenote')].map(note => {
                  const p = note.parentElement;
                  const range = document.createRange();
                  range.setStart(p, 0);
                  range.setEndBefore(note);
                  const rects = [...range.getClientRects()].filter(r => r.width > 0);
                  const textBottom = Math.max(...rects.map(r => r.bottom));
                  let after = '';
                  for (let n = note.nextSibling; n; n = n.nextSibling) if (!(n.classList && n.classList.contains('sidenote'))) after += n.textContent;
                  return { after: after.trim(), gap: note.getBoundingClientRect().top - textBottom, display: getComputedStyle(note).display };
                })
                """);
            Assert.True(notes.GetArrayLength() > 0, "the article has no margin note");
            foreach (var note in notes.EnumerateArray())
            {
                _output.WriteLine(note.ToString());
                Assert.Equal("", note.GetProperty("after").GetString());
                Assert.Equal("block", note.GetProperty("display").GetString());
                Assert.True(note.GetProperty("gap").GetDouble() >= 0, $"a note overlaps the text before it: {note}");
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task WideScreen_MarginNote_SitsInTheMarginBesideTheText()
    {
        var page = await Open(UrlFor("article"), 1280, 900);
        try
        {
            var gaps = await page.EvaluateAsync<double[]>("""
                () => [...document.querySelectorAll('.sidenote')].map(n => n.getBoundingClientRect().left - n.parentElement.getBoundingClientRect().right)
                """);
            Assert.NotEmpty(gaps);
            Assert.All(gaps, g => Assert.True(g >= 0, $"a note overlaps its paragraph by {-g}px"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Keyboard_FirstTabReachesAVisibleSkipLinkToMain_WithAFocusOutline()
    {
        var page = await Open(UrlFor("article"));
        try
        {
            await page.Keyboard.PressAsync("Tab");
            var skip = await page.EvaluateAsync<JsonElement>("""
                () => { const a = document.activeElement; const r = a.getBoundingClientRect(); const s = getComputedStyle(a);
                        return { cls: a.className, href: a.getAttribute('href'), visible: r.left >= 0 && r.top >= 0 && r.width > 0, outline: s.outlineStyle, width: s.outlineWidth }; }
                """);
            _output.WriteLine(skip.ToString());
            Assert.Equal("skip", skip.GetProperty("cls").GetString());
            Assert.True(skip.GetProperty("visible").GetBoolean(), "the focused skip link is off screen");
            Assert.NotEqual("none", skip.GetProperty("outline").GetString());
            await page.Keyboard.PressAsync("Enter");
            Assert.EndsWith("#main", page.Url);
            var landmarks = await page.EvaluateAsync<int>("() => document.querySelectorAll('header.site-header, nav, main#main, footer.site-footer').length");
            Assert.True(landmarks >= 4);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Links_AreIsolatedSoAStrayRightToLeftMarkCannotReorderTheirNeighbours()
    {
        var page = await Open(UrlFor("group"));
        try
        {
            var isolation = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('main a, bdi')].map(a => getComputedStyle(a).unicodeBidi)");
            Assert.NotEmpty(isolation);
            Assert.All(isolation, i => Assert.Equal("isolate", i));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Annotations_PositionsAndQuotes_MatchTheTextChromiumReports()
    {
        using var http = new HttpClient();
        var checkedCount = 0;
        foreach (var url in _browser.Site.PageUrls().Where(u => u.StartsWith("/articles/", StringComparison.Ordinal) && u.Length > "/articles/".Length))
        {
            var json = await http.GetStringAsync(new Uri(_browser.Address, url.TrimStart('/') + "annotations.jsonld"));
            using var annotations = JsonDocument.Parse(json);
            var page = await Open(url);
            try
            {
                var text = await page.EvaluateAsync<string[]>("() => Array.from(document.body.textContent)");
                foreach (var item in annotations.RootElement.GetProperty("first").GetProperty("items").EnumerateArray())
                {
                    var onPage = item.GetProperty("target").EnumerateArray().FirstOrDefault(t => t.GetProperty("source").GetString()!.EndsWith(url, StringComparison.Ordinal));
                    if (onPage.ValueKind == JsonValueKind.Undefined) continue;
                    var selectors = onPage.GetProperty("selector").EnumerateArray().ToList();
                    var quote = selectors.Single(s => s.GetProperty("type").GetString() == "TextQuoteSelector");
                    var position = selectors.Single(s => s.GetProperty("type").GetString() == "TextPositionSelector");
                    var (start, end) = (position.GetProperty("start").GetInt32(), position.GetProperty("end").GetInt32());
                    string Slice(int from, int to) => string.Concat(text[Math.Max(0, from)..Math.Min(text.Length, to)]);

                    Assert.Equal(quote.GetProperty("exact").GetString(), Slice(start, end));
                    var prefix = quote.GetProperty("prefix").GetString()!;
                    var suffix = quote.GetProperty("suffix").GetString()!;
                    Assert.Equal(prefix, Slice(start - prefix.EnumerateRunes().Count(), start));
                    Assert.Equal(suffix, Slice(end, end + suffix.EnumerateRunes().Count()));
                    checkedCount++;
                }
            }
            finally
            {
                await page.Context.CloseAsync();
            }
        }
        _output.WriteLine($"{checkedCount} annotations checked against Chromium");
        Assert.True(checkedCount > 10, $"only {checkedCount} annotations were checked");
    }

    /// <summary>Text without spaces and with the typographic ligatures a PDF font uses (ﬀ, ﬁ, ﬂ) spelled out.</summary>
    private static string Squeeze(string s) => new string(s.Where(c => !char.IsWhiteSpace(c)).ToArray())
        .Replace("ﬀ", "ff", StringComparison.Ordinal).Replace("ﬁ", "fi", StringComparison.Ordinal).Replace("ﬂ", "fl", StringComparison.Ordinal)
        .Replace("ﬃ", "ffi", StringComparison.Ordinal).Replace("ﬄ", "ffl", StringComparison.Ordinal);

    /// <summary>The relative luminance of a CSS <c>rgb(r, g, b)</c> colour.</summary>
    private static double Luminance(string rgb)
    {
        var parts = rgb[(rgb.IndexOf('(') + 1)..rgb.IndexOf(')')].Split(',').Take(3).Select(p => double.Parse(p.Trim(), System.Globalization.CultureInfo.InvariantCulture) / 255).ToArray();
        static double Linear(double c) => c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        return 0.2126 * Linear(parts[0]) + 0.7152 * Linear(parts[1]) + 0.0722 * Linear(parts[2]);
    }
}
