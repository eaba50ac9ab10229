using Scriban.Parsing;

namespace Archive.Rendering.Theme;

/// <summary>Scriban counts lines and columns from 0; diagnostics, like editors, count from 1.</summary>
internal static class TemplatePosition
{
    public static (int Line, int Column) Of(SourceSpan span) => (span.Start.Line + 1, span.Start.Column + 1);
}
