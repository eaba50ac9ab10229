using Archive.Diagnostics;

namespace Archive.Cli.Preview;

/// <summary>One build of the preview: its number (1 is the first), whether it succeeded, and what it reported.</summary>
/// <param name="Crash">The exception text when the build threw (a bug); the preview keeps serving the last good site.</param>
/// <param name="Problem">Why the built site could not be written into the preview folder (a full disk, say).</param>
internal sealed record PreviewBuild(
    int Number,
    bool Succeeded,
    IReadOnlyList<Diagnostic> Diagnostics,
    int PageCount,
    TimeSpan Elapsed,
    string? Crash = null,
    string? Problem = null)
{
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    /// <summary>How many pages and files the build rendered (all of them on the first build, those an edit reached after).</summary>
    public int Rendered { get; init; }

    /// <summary>Whether every page was rendered (the first build, or an edit the dependencies cannot follow).</summary>
    public bool Full { get; init; } = true;

    /// <summary>How long each stage of the update took.</summary>
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];

    /// <summary>How many pages and files came out different.</summary>
    public int Changed { get; init; }

    /// <summary>The pages of the edited records shown before the rest of the build (see <see cref="LiveSite.Update"/>).</summary>
    public IReadOnlyList<string> Early { get; init; } = [];

    /// <summary>Whether they were shown before linking, from the last good site and the new bodies.</summary>
    public bool EarlyBeforeLinking { get; init; }

    /// <summary>When they were shown, from the start of the build.</summary>
    public TimeSpan? EarlyAfter { get; init; }
}
