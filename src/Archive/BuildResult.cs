using Archive.Diagnostics;

namespace Archive;

/// <summary>The outcome of a build: every diagnostic, what was written, and how long each stage took.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    int PageCount,
    int FileCount,
    bool Published,
    IReadOnlyList<StageTiming> Timings)
{
    /// <summary>What became of the search index; null when the build did not ask for one.</summary>
    public Publishing.Search.SearchOutcome? Search { get; init; }

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
    public int ErrorCount => Diagnostics.Count(d => d.IsError);
    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
