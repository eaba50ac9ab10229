using AngleSharp.Dom;
using Archive.Markdown;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Markdown;

/// <summary>
/// The allowlist sanitizer over rendered bodies: every trick below must come out harmless and be reported on its
/// own line; what an archive body needs (and the archive's own markup) must come out untouched.
/// </summary>
public sealed class BodySanitizerTests
{
    private static readonly ArchiveMarkdown Pipeline = new();

    private static SanitizedBody Sanitize(string markdown) => new BodySanitizer(Pipeline).Sanitize(Pipeline.Parse(markdown));

    public static TheoryData<string, string> Tricks() => new()
    {
        { "<svg><a><animate attributeName=\"href\" values=\"javascript:alert(1)\"/><text x=\"20\" y=\"20\">Click</text></a></svg>", "<svg>" },
        { "<svg><a><set attributeName=\"href\" to=\"javascript:alert(1)\"/><text x=\"20\" y=\"20\">Click</text></a></svg>", "<svg>" },
        { "<math><maction actiontype=\"statusline\" xlink:href=\"javascript:alert(1)\">Click</maction></math>", "<math>" },
        { "<script>alert(1)</script>", "<script>" },
        { "<img src=\"https://example.org/x.png\" onerror=\"alert(1)\">", "onerror=" },
        { "<details open ontoggle=\"alert(1)\"><summary>More</summary>Text</details>", "ontoggle=" },
        { "<a href=\"jav&#x09;ascript:alert(1)\">tab-split</a>", "javascript: URL" },
        { "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">entities</a>", "javascript: URL" },
        { "<a href=\" JaVaScRiPt:alert(1)\">case</a>", "javascript: URL" },
        { "<a href=\"vbscript:msgbox(1)\">vb</a>", "vbscript: URL" },
        { "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>", "data: URL" },
        { "<img src=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\">", "data: URL" },
        { "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>", "<iframe>" },
        { "<object data=\"https://evil.example/x.swf\"></object>", "<object>" },
        { "<embed src=\"https://evil.example/x.swf\">", "<embed>" },
        { "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">", "<meta>" },
        { "<base href=\"https://evil.example/\">", "<base>" },
        { "<style>body{background:url(javascript:alert(1))}</style>", "<style>" },
        { "<div style=\"background:url(javascript:alert(1))\">styled</div>", "style" },
        { "<form action=\"javascript:alert(1)\"><button>Go</button></form>", "<form>" },
        { "<noscript><p title=\"</noscript><img src=https://example.org/x.png onerror=alert(1)>\"></noscript>", "<noscript>" },
        { "<template><script>alert(1)</script></template>", "<template>" },
        { "[a link](javascript:alert(1))", "javascript: URL" },
        { "![an image](javascript:alert(1))", "javascript: URL" },
        { "<javascript:alert(1)>", "javascript: URL" },
        { "[spaced](<java script:alert(1)>)", "URL" },
    };

    [Theory]
    [MemberData(nameof(Tricks))]
    public void Sanitize_ScriptTrick_LeavesNothingThatRunsAndReportsItsLine(string trick, string reported)
    {
        var result = Sanitize("A first paragraph.\n\nSafe <sup>1</sup> text.\n\n" + trick + "\n\nLast paragraph.\n");

        Assert.Empty(ScriptScan.Find(result.Root!));
        Assert.NotEmpty(result.Removals);
        Assert.All(result.Removals, r => Assert.Equal(4, r.Line));
        Assert.Contains(result.Removals, r => r.What.Contains(reported, StringComparison.Ordinal));
        // One warning per thing removed: what sat inside a dropped element is not reported again.
        Assert.True(result.Removals.Count <= 2, string.Join('\n', result.Removals));
        Assert.Contains("<sup>1</sup>", result.Root!.InnerHtml);
        Assert.Contains("Last paragraph.", result.Root.TextContent);
    }

    [Fact]
    public void Sanitize_Plaintext_NoLongerSwallowsWhatFollows()
    {
        var result = Sanitize("Before.\n\n<plaintext>\n\n**After** the tag.\n");

        Assert.DoesNotContain("plaintext", result.Root!.InnerHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("After", result.Root.TextContent);
        var removal = Assert.Single(result.Removals);
        Assert.Equal(2, removal.Line);
    }

    [Fact]
    public void Sanitize_RawHtmlBlockOverSeveralLines_ReportsTheLineOfTheRemovedElement()
    {
        var result = Sanitize("Intro.\n\n<div>\n<p>one</p>\n<p onclick=\"alert(1)\">two</p>\n</div>\n");

        Assert.Equal(4, Assert.Single(result.Removals).Line);
    }

    [Fact]
    public void Sanitize_WhatAnArchiveBodyNeeds_IsKeptAsItIs()
    {
        const string body = """
            # Title

            Some *emphasis*, **strong**, ~~struck~~, ++inserted++, ==marked==, H~2~O and x^2^, `code` and a [link](https://example.org/ "Example").
            A [relative link](/groups/x/), a [fragment](#notes) and [mail](mailto:desk@example.org).

            > A quotation.

            1. one
            2. two

            - [ ] not a task list here

            | left | right |
            |:-----|------:|
            | a    | b     |

            Term
            :   Definition

            A footnote[^1] and ![an image](https://example.org/a.png "Image").

            [The Front]{group=resistance-front} and [the truce]{offer=march-truce} and [a passage]{note="An editor's note."}.

            <figure><img src="https://example.org/b.jpg" alt="B"><figcaption>A <abbr title="Resistance Front">RF</abbr> photo</figcaption></figure>

            <table><caption>Raw</caption><thead><tr><th scope="col" colspan="2">H</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>

            <details><summary>More</summary><p>Hidden <kbd>Ctrl</kbd> <q cite="https://example.org/">quoted</q> <time datetime="2006-05-06">May 6</time></p></details>

            <p lang="ar" dir="rtl">نص</p> <bdi>مرحبا</bdi> <small>small</small> <sub>sub</sub> <sup>sup</sup>

            [^1]: The note.
            """;

        var result = Sanitize(body);

        Assert.True(result.Removals.Count == 0, string.Join('\n', result.Removals));
        var root = result.Root!;
        Assert.NotNull(root.QuerySelector("a.annotation.annotation-group[data-group='resistance-front'][href='/groups/resistance-front/']"));
        Assert.NotNull(root.QuerySelector("a.annotation-offer[data-offer='march-truce']"));
        Assert.NotNull(root.QuerySelector("span.sidenote[role='note']"));
        Assert.NotNull(root.QuerySelector("a.footnote-ref[href^='#fn']"));
        Assert.NotNull(root.QuerySelector("th[style*='text-align']"));
        Assert.NotNull(root.QuerySelector("img[src='https://example.org/a.png'][alt='an image']"));
        Assert.NotNull(root.QuerySelector("a[href='mailto:desk@example.org']"));
        Assert.NotNull(root.QuerySelector("figure > figcaption > abbr[title='Resistance Front']"));
        Assert.NotNull(root.QuerySelector("p[lang='ar'][dir='rtl']"));
        Assert.NotNull(root.QuerySelector("details > summary"));
        Assert.NotNull(root.QuerySelector("q[cite='https://example.org/']"));
        foreach (var tag in new[] { "em", "strong", "del", "ins", "mark", "sub", "sup", "code", "blockquote", "ol", "dl", "table", "caption", "time", "kbd", "bdi", "small" })
        {
            Assert.True(root.QuerySelector(tag) is not null, $"<{tag}> was removed");
        }
    }

    [Fact]
    public void Sanitize_ThousandsOfUnclosedTags_StopsAtTheLimitAndSaysWhere()
    {
        var result = Sanitize("Intro.\n\n" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "x\n");

        Assert.Null(result.Root);
        Assert.Equal(2, result.TooDeep?.Line);
    }

    [Fact]
    public void Sanitize_ManyClosedOrSelfClosingTags_IsNotTooDeep()
    {
        var result = Sanitize("<div>\n" + string.Concat(Enumerable.Repeat("<p>para<br><span>x</span>", 5_000)) + "\n</div>\n");

        Assert.NotNull(result.Root);
        Assert.Empty(result.Removals);
    }

    [Theory]
    [InlineData("Plain *text* with [a note]{note=\"x\"}.\n")]
    [InlineData("A [link](https://example.org/a:b) and ![an image](/assets/x.png \"title\").\n")]
    [InlineData("[Mail](mailto:e@example.org), <https://example.org/>, <e@example.org>, www.example.org, [rel](../x/#y:z).\n")]
    [InlineData("A footnote.[^1]\n\n[^1]: The note.\n")]
    [InlineData("| a | b |\n|:--|--:|\n| 1 | 2 |\n")]
    public void MayChange_NothingTheAllowlistRemoves_IsFalse(string markdown)
    {
        Assert.False(BodySanitizer.MayChange(Pipeline.Parse(markdown)));
    }

    [Theory]
    [InlineData("Raw <b>html</b>.\n")]
    [InlineData("[x](javascript:alert(1))\n")]
    [InlineData("[x](JavaScript:alert(1))\n")]
    [InlineData("[x](ftp://example.org/file)\n")]
    [InlineData("![x](data:image/png;base64,AAAA)\n")]
    [InlineData("<ftp://example.org/file>\n")]
    [InlineData("[x](vbscript&#58;msgbox)\n")]
    [InlineData("[x](foo&amp;#58;bar)\n")]
    [InlineData("[x][r]\n\n[r]: javascript:alert(1)\n")]
    [InlineData("[x](< https://example.org/>)\n")]
    [InlineData("[x](http\u017f://example.org/)\n")]
    public void MayChange_RawHtmlOrAUrlWithAnotherScheme_IsTrue(string markdown)
    {
        Assert.True(BodySanitizer.MayChange(Pipeline.Parse(markdown)));
    }

    /// <summary>The load-time scan is skipped where <see cref="BodySanitizer.MayChange"/> is false, so it must never miss a removal.</summary>
    [Theory]
    [InlineData("A [link](https://example.org/a:b) and ![an image](/assets/x.png \"title\").\n")]
    [InlineData("[Mail](mailto:e@example.org), <https://example.org/>, <e@example.org>, www.example.org, [rel](../x/#y:z).\n")]
    [InlineData("[x](javascript:alert(1))\n")]
    [InlineData("[x](foo&amp;#58;bar)\n")]
    [InlineData("[x](vbscript&#58;msgbox)\n")]
    [InlineData("<ftp://example.org/file>\n")]
    [InlineData("[x](< https://example.org/>)\n")]
    [InlineData("[x](http\u017f://example.org/)\n")]
    [InlineData("[x][r]\n\n[r]: <https://example.org/>\n")]
    [InlineData("A footnote.[^1]\n\n[^1]: The note.\n")]
    [InlineData("| a | b |\n|:--|--:|\n| 1 | 2 |\n")]
    [InlineData("+---+---+\n| a | b |\n+===+===+\n| 1 | 2 |\n+---+---+\n")]
    [InlineData("Term\n: Definition with ~~strike~~, ^sup^, ~sub~, ++ins++ and ==mark==.\n\na. one\nb. two\n")]
    // The sanitizer drops an attribute whose value holds "&{" (the old script entity): a title, an alt text, a language.
    [InlineData("[x](https://example.org/ \"a &{ b\")\n")]
    [InlineData("[x][r]\n\n[r]: https://example.org/ \"a &amp;{ b\"\n")]
    [InlineData("![x &{ y](https://example.org/x.png)\n")]
    [InlineData("![x &amp;{ *y*](https://example.org/x.png)\n")]
    [InlineData("![x &#38;{ `y`](https://example.org/x.png)\n")]
    [InlineData("```&{x}\ncode\n```\n")]
    [InlineData("Text with &{ in it, [a link](https://example.org/&{y}) and `&{`.\n")]
    public void MayChange_False_TheSanitizerRemovesNothing(string markdown)
    {
        var document = Pipeline.Parse(markdown);
        if (!BodySanitizer.MayChange(document)) Assert.Empty(new BodySanitizer(Pipeline).Sanitize(document).Removals);
    }

    [Fact]
    public void Sanitize_TitleHoldingTheScriptEntity_SaysWhyItWasRemoved()
    {
        var removal = Assert.Single(Sanitize("Line one.\n\nSee [x](https://example.org/ \"a &{ b\").\n").Removals);

        Assert.Equal("the title= of <a> (it holds “&{”, an old way to run script; write “& {”)", removal.What);
        Assert.Equal((2, 4), (removal.Line, removal.Column));
    }

    /// <summary>Bodies the sanitizer could rewrite without removing anything, and bodies it cannot change at all.</summary>
    public static TheoryData<string> Shortcuts() => new()
    {
        "Plain *text* with a [link](https://example.org/a?b=1&c=2 \"A title\") and `code`.\n",
        "| a | b | c |\n|:--|--:|:-:|\n| 1 | 2 | 3 |\n",
        "+---+---+\n| a | b |\n+===+===+\n| 1 | 2 |\n+---+---+\n",
        "[x](https://example.org/ \"a &{ b\")\n",
        "![x &{ y](https://example.org/x.png)\n",
        "```&{x}\ncode\n```\n",
        "Text with &{ in it.\n",
        "[x](https://example.org/&{y})\n",
        "[Mail](mailto:e@example.org), <https://example.org/>, <e@example.org>, www.example.org, [rel](../x/#y:z).\n",
        "[x](< https://example.org/>)\n",
        "[x](http\u017f://example.org/)\n",
        "A footnote.[^1]\n\n[^1]: The note.\n",
        "Term\n: Definition with ~~strike~~, ^sup^, ~sub~, ++ins++ and ==mark==.\n\na. one\nb. two\n",
        "> quoted\n>\n> > nested\n\n1. one\n2. two\n\n---\n\n# Heading\n",
        "[Group words]{group=alpha-group} and [a note]{note=\"An editor's note.\"} and [offer words]{offer=alpha-truce}.\n",
        "",
        "\n\n",
        "<b>raw</b> and <script>alert(1)</script>\n",
        "[x](javascript:alert(1))\n",
    };

    [Theory]
    [MemberData(nameof(Shortcuts))]
    public void Sanitize_WhereTheSanitizerIsSkipped_TheBodyIsTheSameAsSanitized(string markdown) =>
        AssertSameAsSanitized(markdown);

    /// <summary>Every body of the seed archive, with and without the shortcut.</summary>
    [Fact]
    public void Sanitize_SeedBodies_TheSameWithAndWithoutTheShortcut()
    {
        var files = Directory.GetFiles(RepoRoot.SeedInput, "*.md", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
            AssertSameAsSanitized(end < 0 ? text : text[(text.IndexOf('\n', end + 1) + 1)..], file);
        }
    }

    private static void AssertSameAsSanitized(string markdown, string? what = null)
    {
        var sanitizer = new BodySanitizer(Pipeline);
        var shortcut = sanitizer.Sanitize(Pipeline.Parse(markdown));
        var sanitized = sanitizer.Sanitize(Pipeline.Parse(markdown), alwaysSanitize: true);
        Assert.True(sanitized.Root!.InnerHtml == shortcut.Root!.InnerHtml, $"{what ?? markdown}:\n{sanitized.Root.InnerHtml}\n{shortcut.Root.InnerHtml}");
        Assert.Equal(sanitized.Removals, shortcut.Removals);
    }
}
