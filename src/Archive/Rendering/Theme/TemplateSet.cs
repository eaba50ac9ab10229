using Archive.Diagnostics;
using Archive.Rendering.Views;
using HandlebarsDotNet;

namespace Archive.Rendering.Theme;

/// <summary>
/// The compiled layouts of a theme, in one Handlebars environment made for this build (no global state).
/// Compiled templates are safe to call from many threads.
/// </summary>
public sealed class TemplateSet
{
    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _layouts;

    private TemplateSet(Dictionary<string, HandlebarsTemplate<object, object>> layouts) => _layouts = layouts;

    public IReadOnlyCollection<string> LayoutNames => _layouts.Keys;

    public bool Has(string layout) => _layouts.ContainsKey(layout);

    public string Render(string layout, PageModel model) => _layouts[layout](model);

    /// <summary>Compiles every layout; problems (syntax errors, missing layouts) become diagnostics.</summary>
    public static TemplateSet Compile(ThemeFiles theme, IEnumerable<string> requiredLayouts, DiagnosticBag diagnostics)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        ThemeHelpers.Register(handlebars);

        foreach (var path in theme.Partials)
        {
            TryCompile(theme, path, diagnostics, () => handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(path), theme.Text(path)));
        }

        var layouts = new Dictionary<string, HandlebarsTemplate<object, object>>(StringComparer.Ordinal);
        foreach (var path in theme.Layouts)
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (name == "base")
            {
                // base is the shared frame every layout fills through a partial block ({{#> base}}…{{/base}}).
                TryCompile(theme, path, diagnostics, () => handlebars.RegisterTemplate("base", theme.Text(path)));
                continue;
            }
            TryCompile(theme, path, diagnostics, () => layouts[name] = handlebars.Compile(theme.Text(path)));
        }

        foreach (var missing in requiredLayouts.Distinct().Where(l => !layouts.ContainsKey(l)).Order(StringComparer.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.ThemeError, theme.DisplayPath($"layouts/{missing}.hbs"), 0, 0,
                $"the theme has no `{missing}` layout, which the site needs", $"add layouts/{missing}.hbs to the theme");
        }
        return new TemplateSet(layouts);
    }

    private static void TryCompile(ThemeFiles theme, string path, DiagnosticBag diagnostics, Action compile)
    {
        try
        {
            compile();
        }
        catch (HandlebarsException ex)
        {
            var line = System.Text.RegularExpressions.Regex.Match(ex.Message, @"line (\d+)") is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            diagnostics.Error(DiagnosticCodes.ThemeError, theme.DisplayPath(path), line, 0, $"the template does not compile: {ex.Message}",
                "check that every {{#each}}, {{#if}} and {{#> base}} block is closed");
        }
    }
}
