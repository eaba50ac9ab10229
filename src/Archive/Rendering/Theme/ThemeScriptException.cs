using Scriban.Parsing;
using Scriban.Syntax;

namespace Archive.Rendering.Theme;

/// <summary>
/// A mistake in a template that the archive itself detects while rendering (an unknown name, a limit, an include
/// outside the theme), thrown where Scriban expects runtime errors so it unwinds with the template's position.
/// </summary>
internal sealed class ThemeScriptException : ScriptRuntimeException
{
    public ThemeScriptException(SourceSpan span, ThemeErrorKind kind, string message, string hint) : base(span, message)
    {
        Kind = kind;
        Hint = hint;
    }

    public ThemeErrorKind Kind { get; }

    public string Hint { get; }
}
