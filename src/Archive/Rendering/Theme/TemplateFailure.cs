using Archive.Diagnostics;

namespace Archive.Rendering.Theme;

/// <summary>Why a page could not be rendered, at a position in one of the theme's templates.</summary>
/// <param name="Path">The template's path in the theme, e.g. <c>layouts/offer.sbn-html</c>.</param>
/// <param name="Line">1-based; 0 when the failure has no position.</param>
/// <param name="Column">1-based; 0 when unknown.</param>
public sealed record TemplateFailure(ThemeErrorKind Kind, string Path, int Line, int Column, string Message, string Hint)
{
    /// <summary>The diagnostic code of this kind of failure.</summary>
    public string Code => Kind switch
    {
        ThemeErrorKind.UnknownName => DiagnosticCodes.TemplateUnknownName,
        ThemeErrorKind.Limit => DiagnosticCodes.TemplateLimit,
        ThemeErrorKind.Include => DiagnosticCodes.TemplateInclude,
        _ => DiagnosticCodes.TemplateRuntime,
    };
}
