namespace Archive.Rendering.Feeds;

/// <summary>
/// One Atom feed of the site: its title, where it is published, and the page it is the feed of. Any list of records
/// becomes a feed with one of these and the entries (<see cref="FeedEntries"/>): the whole archive, a group, a term.
/// </summary>
/// <param name="Url">Where the feed is published, root-relative (<c>/groups/x/feed.xml</c>).</param>
/// <param name="PageUrl">The page the feed follows, root-relative; the feed's <c>alternate</c> link.</param>
public sealed record AtomFeed(string Title, string Url, string PageUrl, string? Subtitle = null);
