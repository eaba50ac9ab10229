using Archive.Diagnostics;
using Archive.Rendering;
using Archive.Rendering.Theme;
using Archive.Rendering.Views;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Rendering.Theme;

/// <summary>A theme engine over the built-in theme with some templates overridden, and a page model to render.</summary>
internal static class ThemeFixture
{
    /// <param name="templates">Theme paths (<c>layouts/x.sbn-html</c>) and their text, placed as overrides under input/theme/.</param>
    public static ThemeEngine Engine(IReadOnlyDictionary<string, string> templates, ThemeLimits? limits = null)
    {
        using var site = TestSite.Create(templates.ToDictionary(t => "input/theme/" + t.Key, t => t.Value));
        var diagnostics = new DiagnosticBag();
        var layouts = templates.Keys.Where(k => k.StartsWith("layouts/", StringComparison.Ordinal))
            .Select(k => k["layouts/".Length..^ThemeTemplates.Extension.Length]).Where(n => n != ThemeTemplates.BaseLayout);
        var parsed = ThemeTemplates.Parse(ThemeFiles.Load(site.Root, "default", diagnostics), layouts, diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return new ThemeEngine(parsed, limits ?? ThemeLimits.Default);
    }

    /// <summary>An engine whose <c>base</c> prints only the page's layout, so a test sees exactly what its layout renders.</summary>
    public static ThemeEngine Bare(IReadOnlyDictionary<string, string> templates, ThemeLimits? limits = null) =>
        Engine(new Dictionary<string, string>(templates) { ["layouts/base.sbn-html"] = "{{ main }}" }, limits);

    public static PageModel Model(object content) => new()
    {
        Site = new SiteView { Title = "Test", Language = "en", BaseUrl = "https://example.org/", Navigation = [], Editors = [] },
        Page = new PageMeta
        {
            Title = "Example", Url = "/example/", CanonicalUrl = "https://example.org/example/", Kind = "example", Language = "en",
            Breadcrumbs = [], DocumentTitle = "Example", MetaTags = [], JsonLd = SafeHtml.Empty,
        },
        Content = content,
    };
}
