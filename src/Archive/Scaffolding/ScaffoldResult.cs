using Archive.Diagnostics;

namespace Archive.Scaffolding;

/// <summary>The outcome of scaffolding: the file written, or the diagnostics saying why nothing was written.</summary>
/// <param name="Path">The file written, relative to the site folder with forward slashes; null when nothing was written.</param>
public sealed record ScaffoldResult(string? Path, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Written => Path is not null;
}
