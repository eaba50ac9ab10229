namespace Archive.Cli.Preview;

/// <summary>What the preview serves right now; replaced as a whole after each build, so a request sees one consistent state.</summary>
/// <param name="HasSite">Whether any build has succeeded, so there is a last good site to serve.</param>
/// <param name="BasePath">The base path of the last good site.</param>
internal sealed record PreviewState(PreviewBuild Build, bool HasSite, string BasePath);
