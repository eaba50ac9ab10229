namespace Archive.Content;

/// <summary>Everything the Content stage read, before any reference is resolved. Drafts are still included.</summary>
public sealed record ContentSet(
    SiteConfig Config,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Group> Groups,
    IReadOnlyList<Offer> Offers,
    IReadOnlyList<Page> Pages);
