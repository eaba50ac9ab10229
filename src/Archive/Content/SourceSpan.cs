namespace Archive.Content;

/// <summary>A place in an input file, for diagnostics: file relative to the site folder, 1-based line and column.</summary>
public readonly record struct SourceSpan(string File, int Line, int Column)
{
    public static SourceSpan WholeFile(string file) => new(file, 0, 0);
}
