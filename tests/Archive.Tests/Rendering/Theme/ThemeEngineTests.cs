using Archive.Diagnostics;
using Archive.Rendering;
using Archive.Rendering.Theme;

namespace Archive.Tests.Rendering.Theme;

/// <summary>What a page's render may not do, and what the context does for every template without being asked.</summary>
public sealed class ThemeEngineTests
{
    private static PageRender Render(string layout, object? content = null, ThemeLimits? limits = null, IReadOnlyDictionary<string, string>? partials = null)
    {
        var templates = new Dictionary<string, string>(partials ?? new Dictionary<string, string>()) { ["layouts/test.sbn-html"] = layout };
        return ThemeFixture.Bare(templates, limits).Render("test", ThemeFixture.Model(content ?? new ThemeSpecContent()));
    }

    [Fact]
    public void Render_PageSlowerThanItsBudget_FailsWithALimitAtTheSlowPart()
    {
        // Each turn builds a million-character string: far beyond a short budget, well within the loop limit.
        var render = Render("<p>\n{{ for i in 1..100000 }}{{ s = \"x\" * 1000000 }}{{ end }}\n</p>", limits: new ThemeLimits { RenderTime = TimeSpan.FromMilliseconds(200) });

        var failure = Assert.IsType<TemplateFailure>(render.Failure);
        Assert.Equal((DiagnosticCodes.TemplateLimit, "layouts/test.sbn-html", 2), (failure.Code, failure.Path, failure.Line));
        Assert.Contains("took longer than 0.2 s", failure.Message);
    }

    [Fact]
    public void Render_PageOutgrowingTheTextLimit_FailsInsteadOfBeingCutShort()
    {
        var render = Render("<ul>\n{{ for i in 1..500 }}<li>item</li>{{ end }}\n</ul>", limits: new ThemeLimits { TextLength = 1000 });

        var failure = Assert.IsType<TemplateFailure>(render.Failure);
        Assert.Equal((DiagnosticCodes.TemplateLimit, 2, 22), (failure.Code, failure.Line, failure.Column));
        Assert.Equal("the page grew past 1,000 characters here", failure.Message);
    }

    [Fact]
    public void Render_PageJustUnderTheTextLimit_IsComplete()
    {
        var render = Render("{{ for i in 1..76 }}<li>item</li>{{ end }}", limits: new ThemeLimits { TextLength = 1000 });

        Assert.Null(render.Failure);
        Assert.Equal(76 * "<li>item</li>".Length, render.Html!.Length);
    }

    [Fact]
    public void Render_PartialIncludingItself_FailsAtTheLimitOfNesting()
    {
        var render = Render("{{ include \"again\" }}", partials: new Dictionary<string, string> { ["partials/again.sbn-html"] = "<div>{{ include \"again\" }}</div>" });

        var failure = Assert.IsType<TemplateFailure>(render.Failure);
        Assert.Equal((DiagnosticCodes.TemplateLimit, "partials/again.sbn-html", 1, 9), (failure.Code, failure.Path, failure.Line, failure.Column));
        Assert.Equal("includes nest more than 32 deep", failure.Message);
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("links/../../layouts/base")]
    [InlineData("..\\layouts\\base")]
    [InlineData("C:/theme/x")]
    [InlineData("")]
    public void Render_IncludeOutsidePartials_IsRefused(string name)
    {
        var render = Render($"{{{{ include \"{name.Replace("\\", "\\\\")}\" }}}}");

        var failure = Assert.IsType<TemplateFailure>(render.Failure);
        Assert.Equal((DiagnosticCodes.TemplateInclude, 1, 4), (failure.Code, failure.Line, failure.Column));
    }

    [Fact]
    public void Render_BodyOnAnIndentedLine_KeepsItsPreformattedTextAsItIs()
    {
        var render = Render("<div>\n    {{ content.body }}\n</div>", new { Body = new SafeHtml("<pre>one\ntwo</pre>") });

        Assert.Equal("<div>\n    <pre>one\ntwo</pre>\n</div>", render.Html);
    }

    [Fact]
    public void Render_TemplateChangingAFunction_IsRefusedAndOtherPagesKeepIt()
    {
        var engine = ThemeFixture.Bare(new Dictionary<string, string>
        {
            ["layouts/vandal.sbn-html"] = "{{ string.upcase = 1 }}",
            ["layouts/reader.sbn-html"] = "{{ \"a\" | string.upcase }}",
        });

        Assert.Equal(DiagnosticCodes.TemplateRuntime, engine.Render("vandal", ThemeFixture.Model(new ThemeSpecContent())).Failure?.Code);
        Assert.Equal("A", engine.Render("reader", ThemeFixture.Model(new ThemeSpecContent())).Html);
    }

    [Fact]
    public void Render_ManyPagesAtOnce_EachGetsItsOwnContext()
    {
        var engine = ThemeFixture.Bare(new Dictionary<string, string> { ["layouts/count.sbn-html"] = "{{ n = content.n }}{{ for i in 1..50 }}{{ n }}{{ end }}" });

        var pages = Enumerable.Range(0, 200).AsParallel().Select(n => (n, engine.Render("count", ThemeFixture.Model(new { N = n })).Html)).ToList();

        Assert.All(pages, p => Assert.Equal(string.Concat(Enumerable.Repeat(p.n.ToString(System.Globalization.CultureInfo.InvariantCulture), 50)), p.Html));
    }

    [Fact]
    public void Render_AfterAPageIsReleased_TheNextPageHasOnlyItsOwnMarkup()
    {
        var engine = ThemeFixture.Bare(new Dictionary<string, string> { ["layouts/count.sbn-html"] = "{{ n = content.n }}{{ for i in 1..content.n }}{{ n }}{{ end }}" });

        var renders = new List<string>();
        foreach (var n in new[] { 9000, 3, 7, 5000, 1 })
        {
            var render = engine.Render("count", ThemeFixture.Model(new { N = n }));
            renders.Add(render.Html!);
            render.Release();
            Assert.Throws<InvalidOperationException>(() => render.Html);
        }

        Assert.Equal(new[] { 9000, 3, 7, 5000, 1 }.Select(n => string.Concat(Enumerable.Repeat(n.ToString(System.Globalization.CultureInfo.InvariantCulture), n))), renders);
    }
}
