namespace Archive.Content;

/// <summary>Everything the Content stage read, before any reference is resolved. Drafts are still included.</summary>
public sealed record ContentSet(
    SiteConfig Config,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Group> Groups,
    IReadOnlyList<Offer> Offers,
    IReadOnlyList<Page> Pages)
{
    /// <summary>When each input file last changed (from git, else the file time), by path relative to the site folder.</summary>
    public IReadOnlyDictionary<string, DateOnly> LastUpdated { get; init; } = new Dictionary<string, DateOnly>();
}
