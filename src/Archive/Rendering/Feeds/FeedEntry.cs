namespace Archive.Rendering.Feeds;

/// <summary>A record as a feed entry.</summary>
/// <param name="Url">The record's page, root-relative; its absolute form is also the entry's id, which never changes.</param>
/// <param name="Added">When the record entered the archive: its file's first commit, else the record's own date.</param>
/// <param name="Updated">When the record last changed: its file's latest commit, else the record's own date.</param>
/// <param name="Date">The record's own date (published, made), for ordering records added together.</param>
/// <param name="Category">The record kind: <c>article</c> or <c>offer</c>.</param>
public sealed record FeedEntry(string Url, string Title, string Summary, DateTimeOffset Added, DateTimeOffset Updated, DateOnly Date, string Category);
