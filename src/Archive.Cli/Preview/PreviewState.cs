namespace Archive.Cli.Preview;

/// <summary>What the preview serves right now; replaced as a whole after each build, so a request sees one consistent state.</summary>
/// <param name="Site">The last good site; null while no build has succeeded.</param>
internal sealed record PreviewState(PreviewBuild Build, LiveSnapshot? Site)
{
    public bool HasSite => Site is not null;

    public string BasePath => Site?.BasePath ?? "/";
}
