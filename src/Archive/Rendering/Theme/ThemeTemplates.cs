using Archive.Diagnostics;
using Scriban;
using Scriban.Parsing;

namespace Archive.Rendering.Theme;

/// <summary>
/// Every layout and partial of a theme, parsed once per build. A parsed <see cref="Template"/> is immutable, so
/// all pages share these while each page renders with its own context. Syntax errors become diagnostics here,
/// before any page renders.
/// </summary>
public sealed class ThemeTemplates
{
    /// <summary>The file extension of templates: HTML with Scriban's own syntax (not its Liquid mode).</summary>
    public const string Extension = ".sbn-html";

    /// <summary>The layout every other layout renders into; it prints the page's own layout with <c>{{ main }}</c>.</summary>
    public const string BaseLayout = "base";

    private static readonly LexerOptions Lexer = new() { Lang = ScriptLang.Default, Mode = ScriptMode.Default };

    private readonly IReadOnlyDictionary<string, Template> _templates;

    private ThemeTemplates(ThemeFiles files, IReadOnlyDictionary<string, Template> templates)
    {
        Files = files;
        _templates = templates;
    }

    public ThemeFiles Files { get; }

    /// <summary>The parsed template at a theme path such as <c>partials/links.sbn-html</c>, or null.</summary>
    public Template? Find(string path) => _templates.GetValueOrDefault(path);

    public Template? Layout(string name) => Find(LayoutPath(name));

    /// <summary>Every parsed layout and partial.</summary>
    public IEnumerable<Template> All => _templates.Values;

    public IEnumerable<string> PartialNames => _templates.Keys
        .Where(k => k.StartsWith("partials/", StringComparison.Ordinal))
        .Select(k => k["partials/".Length..^Extension.Length]);

    public static string LayoutPath(string name) => $"layouts/{name}{Extension}";

    public static string PartialPath(string name) => $"partials/{name}{Extension}";

    /// <summary>Parses every template; reports syntax errors, missing layouts and overrides that replace nothing.</summary>
    public static ThemeTemplates Parse(ThemeFiles theme, IEnumerable<string> requiredLayouts, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var path in theme.Layouts.Concat(theme.Partials))
        {
            var template = Template.Parse(theme.Text(path), path, lexerOptions: Lexer);
            foreach (var message in template.Messages)
            {
                var (line, column) = TemplatePosition.Of(message.Span);
                var severity = message.Type == ParserMessageType.Error ? Severity.Error : Severity.Warning;
                diagnostics.Add(new Diagnostic(DiagnosticCodes.TemplateSyntax, severity, theme.DisplayPath(path), line, column,
                    $"the template does not parse: {message.Message}",
                    "every {{ if }}, {{ for }}, {{ while }} and {{ capture }} needs its {{ end }}; see themes/README.md for the syntax"));
            }
            if (!template.HasErrors) templates[path] = template;
        }

        foreach (var missing in requiredLayouts.Append(BaseLayout).Distinct().Where(l => !theme.Files.ContainsKey(LayoutPath(l))).Order(StringComparer.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.ThemeError, theme.DisplayPath(LayoutPath(missing)), 0, 0,
                $"the theme has no `{missing}` layout, which the site needs", $"add layouts/{missing}{Extension} to the theme");
        }

        foreach (var (file, replaces) in theme.UnusedOverrides)
        {
            diagnostics.Warning(DiagnosticCodes.ThemeOverrideUnused, file, 0, 0,
                "this file under input/theme/ replaces no template or asset of the theme, so the build ignores it",
                replaces is null
                    ? $"name it after the file it replaces, e.g. input/theme/{Path.GetFileNameWithoutExtension(file)}{Extension}; templates are Scriban files ending in {Extension}"
                    : $"did you mean input/theme/{replaces}?");
        }
        return new ThemeTemplates(theme, templates);
    }
}
