using Archive.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Archive.Rendering.Theme;

/// <summary>
/// The one door for <c>{{ include "name" }}</c>: a name becomes <c>partials/name.sbn-html</c> of this theme (after
/// overrides), and a name that could reach outside the theme (<c>../</c>, an absolute path) is refused.
/// </summary>
internal sealed class ThemeLoader : ITemplateLoader
{
    private readonly ThemeTemplates _templates;

    public ThemeLoader(ThemeTemplates templates) => _templates = templates;

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var name = templateName.EndsWith(ThemeTemplates.Extension, StringComparison.Ordinal) ? templateName[..^ThemeTemplates.Extension.Length] : templateName;
        var segments = name.Split('/');
        if (name.Length == 0 || name.Contains('\\') || name.Contains(':') || segments.Any(s => s is "" or "." or ".."))
        {
            throw new ThemeScriptException(callerSpan, ThemeErrorKind.Include,
                $"`{templateName}` is not a partial's name: an include may not leave the theme's partials/ folder",
                "name a file under partials/ without the extension, e.g. {{ include \"links\" items: … }}");
        }
        var path = ThemeTemplates.PartialPath(name);
        if (_templates.Find(path) is null)
        {
            throw new ThemeScriptException(callerSpan, ThemeErrorKind.Include, $"the theme has no partial `{name}` ({path})",
                Suggestions.DidYouMean(name, _templates.PartialNames.ToList()) ?? $"add {path} to the theme or to input/theme/");
        }
        return path;
    }

    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        _templates.Files.Text(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult(Load(context, callerSpan, templatePath));
}
