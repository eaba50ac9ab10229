using Archive.Diagnostics;

namespace Archive.Rendering.Theme;

/// <summary>
/// The kinds of mistakes a template makes while a page renders, each reported with its own diagnostic code.
/// (A template that does not parse is reported before any page renders, as <see cref="DiagnosticCodes.TemplateSyntax"/>.)
/// </summary>
public enum ThemeErrorKind
{
    /// <summary>A variable, function or field that does not exist (<see cref="DiagnosticCodes.TemplateUnknownName"/>).</summary>
    UnknownName,

    /// <summary>Anything else that fails while rendering, such as a wrong argument (<see cref="DiagnosticCodes.TemplateRuntime"/>).</summary>
    Runtime,

    /// <summary>A <see cref="ThemeLimits"/> limit was reached (<see cref="DiagnosticCodes.TemplateLimit"/>).</summary>
    Limit,

    /// <summary>An include that names no partial of the theme or leaves it (<see cref="DiagnosticCodes.TemplateInclude"/>).</summary>
    Include,
}
