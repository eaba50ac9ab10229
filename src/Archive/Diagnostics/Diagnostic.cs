namespace Archive.Diagnostics;

/// <summary>
/// One problem found in the input: where it is, what is wrong, and what the editor probably meant.
/// Problems are values, collected across the whole build and reported together.
/// </summary>
/// <param name="Code">Stable code such as <c>ARC010</c>; see <see cref="DiagnosticCodes"/>.</param>
/// <param name="File">Path relative to the site folder, with forward slashes (e.g. <c>input/offers/x.md</c>).</param>
/// <param name="Line">1-based line in the file; 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column; 0 when unknown.</param>
public sealed record Diagnostic(
    string Code,
    Severity Severity,
    string File,
    int Line,
    int Column,
    string Message,
    string? Hint = null)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>The compiler-style form editors know: <c>file:line:col: error ARC010: message</c>.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? (Column > 0 ? $"{File}:{Line}:{Column}" : $"{File}:{Line}") : File;
        var kind = Severity == Severity.Error ? "error" : "warning";
        var text = $"{where}: {kind} {Code}: {Message}";
        return Hint is null ? text : $"{text} (hint: {Hint})";
    }
}
