namespace Archive.Content;

/// <summary>Everything the Content stage read, before any reference is resolved. Drafts are still included.</summary>
public sealed record ContentSet(
    SiteConfig Config,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Group> Groups,
    IReadOnlyList<Offer> Offers,
    IReadOnlyList<Page> Pages)
{
    /// <summary>The controlled vocabulary (<c>input/terms/</c>), before <c>broader</c> and the records' <c>terms</c> are resolved.</summary>
    public IReadOnlyList<Term> Terms { get; init; } = [];

    /// <summary>When each input file last changed (from git, else the file time), by path relative to the site folder.</summary>
    public IReadOnlyDictionary<string, DateOnly> LastUpdated { get; init; } = new Dictionary<string, DateOnly>();

    /// <summary>Every commit that changed each input file, newest first, by path relative to the site folder; empty without git.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<History.FileChange>> Changes { get; init; } = new Dictionary<string, IReadOnlyList<History.FileChange>>();

    /// <summary>The commit the build shows (for citing its downloads), from the same history.</summary>
    public History.ArchiveVersion Version { get; init; } = History.ArchiveVersion.Unversioned;

    /// <summary>
    /// Records whose file exists but could not be read (<c>group:some-id</c>). Their own error is reported;
    /// references to them are not reported again as unknown ids.
    /// </summary>
    public IReadOnlySet<string> Unreadable { get; init; } = new HashSet<string>();
}
