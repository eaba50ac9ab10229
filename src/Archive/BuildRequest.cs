namespace Archive;

/// <summary>What to build: the site folder (holding <c>input/</c> and optionally <c>themes/</c>) and where to publish it.</summary>
/// <param name="OutputDir">Null for a check: every stage runs, nothing is written.</param>
/// <param name="Force">Replace an existing output folder even if no build of this program wrote it.</param>
public sealed record BuildRequest(string SiteRoot, string? OutputDir, bool IncludeDrafts = false, bool Force = false)
{
    /// <summary>Build the search index over the staged site before it is swapped in (<c>archive build</c>; off with <c>--no-search</c>).</summary>
    public bool Search { get; init; }
}
