namespace Archive.Cli.Preview;

/// <summary>How to run the preview: which site, on which port, with or without drafts.</summary>
/// <param name="Port">The port on 127.0.0.1; 0 picks any free port (see <see cref="PreviewServer.Url"/>).</param>
/// <param name="Debounce">Quiet time after the last file change before rebuilding, so a burst of saves builds once.</param>
/// <param name="Search">Whether to keep a search index (Pagefind, in the background after each good build).</param>
/// <param name="SearchQuiet">Quiet time after the last good build before indexing, so a run of edits indexes once.</param>
internal sealed record PreviewOptions(string SiteRoot, int Port = 8080, bool IncludeDrafts = true, TimeSpan? Debounce = null,
    bool Search = false, TimeSpan? SearchQuiet = null)
{
    public static readonly TimeSpan DefaultDebounce = TimeSpan.FromMilliseconds(50);

    public static readonly TimeSpan DefaultSearchQuiet = TimeSpan.FromSeconds(2);

    public TimeSpan DebounceOrDefault => Debounce ?? DefaultDebounce;
}
