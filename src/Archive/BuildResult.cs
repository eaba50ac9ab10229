using Archive.Diagnostics;
using Archive.Publishing;

namespace Archive;

/// <summary>The outcome of a build: every diagnostic, what was written, and how long each stage took.</summary>
/// <param name="PublishProblem">Why the site was not written although it built, or why the output folder was refused.</param>
/// <param name="Recovered">What was repaired before building, left by an earlier interrupted build (in words).</param>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    int PageCount,
    int FileCount,
    bool Published,
    IReadOnlyList<StageTiming> Timings,
    PublishProblem? PublishProblem = null,
    IReadOnlyList<string>? Recovered = null)
{
    /// <summary>Files published anew (changed or new since the previous build into the same output).</summary>
    public int FilesWritten { get; init; }

    /// <summary>Files whose bytes had not changed, carried over from the previous output with their timestamps.</summary>
    public int FilesKept { get; init; }

    /// <summary>What became of the search index; null when the build did not ask for one.</summary>
    public Publishing.Search.SearchOutcome? Search { get; init; }

    /// <summary>The site's language (<c>language</c> in <c>site.yml</c>), which its search index is made for; null when the site did not load.</summary>
    public string? Language { get; init; }

    public bool Succeeded => PublishProblem is null && !Diagnostics.Any(d => d.IsError);
    public int ErrorCount => Diagnostics.Count(d => d.IsError);
    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
