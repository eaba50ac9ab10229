namespace Archive.Diagnostics;

/// <summary>
/// Collects diagnostics while one stage runs. Owned by that stage's run, never shared between builds.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly object _gate = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate) { _items.Add(diagnostic); }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate) { _items.AddRange(diagnostics); }
    }

    public void Error(string code, string file, int line, int column, string message, string? hint = null) =>
        Add(new Diagnostic(code, Severity.Error, file, line, column, message, hint));

    public void Warning(string code, string file, int line, int column, string message, string? hint = null) =>
        Add(new Diagnostic(code, Severity.Warning, file, line, column, message, hint));

    public bool HasErrors
    {
        get { lock (_gate) { return _items.Any(d => d.IsError); } }
    }

    /// <summary>The diagnostics in a stable order (file, line, column, code) so output is reproducible.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_gate)
        {
            return _items
                .OrderBy(d => d.File, StringComparer.Ordinal)
                .ThenBy(d => d.Line)
                .ThenBy(d => d.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
