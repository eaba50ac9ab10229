using Archive.Content;
using Archive.Content.Dates;
using Archive.Linking;

namespace Archive.Rendering.Feeds;

/// <summary>
/// What feeds list: records as entries, newest first, at most <see cref="Limit"/>. "Newest" is when a record entered
/// the archive (from git), so a subscriber sees what was added, whatever date the record itself is about.
/// </summary>
public static class FeedEntries
{
    /// <summary>The most entries a feed holds: enough for a reader who looks weekly, bounded however large the archive grows.</summary>
    public const int Limit = 50;

    /// <summary>The newest <paramref name="limit"/> of <paramref name="entries"/>, newest first.</summary>
    public static IReadOnlyList<FeedEntry> Latest(IEnumerable<FeedEntry> entries, int limit = Limit) =>
        entries.OrderByDescending(e => e.Added).ThenByDescending(e => e.Date).ThenBy(e => e.Url, StringComparer.Ordinal).Take(limit).ToList();

    /// <summary>The whole archive's feed: every article and offer.</summary>
    public static IReadOnlyList<FeedEntry> ForArchive(Site site) =>
        Latest(site.Articles.Select(a => Of(site, a)).Concat(site.Offers.Select(o => Of(site, o))));

    /// <summary>A group's feed: the offers it made, received or carried, and the articles about it.</summary>
    public static IReadOnlyList<FeedEntry> ForGroup(Site site, Group group)
    {
        var offers = site.OffersBy(group.Id).Concat(site.OffersTo(group.Id)).Concat(site.OffersVia(group.Id)).DistinctBy(o => o.Id, StringComparer.Ordinal);
        return Latest(offers.Select(o => Of(site, o)).Concat(site.ArticlesAbout(group.Id).Select(a => Of(site, a))));
    }

    /// <summary>A term's feed: the offers and articles filed under it or a narrower term.</summary>
    public static IReadOnlyList<FeedEntry> ForTerm(Site site, Term term) =>
        Latest(site.Vocabulary.OffersUnder(term.Id).Select(o => Of(site, o)).Concat(site.Vocabulary.ArticlesUnder(term.Id).Select(a => Of(site, a))));

    public static FeedEntry Of(Site site, Article a)
    {
        var (added, updated) = Times(site, a.File, a.Published);
        var by = a.Authors.Count > 0 ? $" by {string.Join(", ", a.Authors)}" : "";
        var summary = $"{Labels.Of(a.Kind)} from {a.Source}{by}, {EdtfFormatter.Format(a.Published)}. {a.Summary}";
        return new FeedEntry(Urls.Article(a.Id), a.Title, summary, added, updated, a.Published.SortKey, "article");
    }

    public static FeedEntry Of(Site site, Offer o)
    {
        var (added, updated) = Times(site, o.File, o.Date);
        var by = string.Join(", ", site.GroupsOf(o.By).Select(g => g.Name));
        var to = site.GroupsOf(o.To).Select(g => g.Name).ToList();
        var summary = $"{Labels.Of(o.Form)} by {by}{(to.Count > 0 ? " to " + string.Join(", ", to) : "")}, {EdtfFormatter.Format(o.Date)}. "
            + $"Offered: {string.Join("; ", o.Offered)}."
            + (o.Conditions.Count > 0 ? $" Conditions: {string.Join("; ", o.Conditions)}." : "")
            + $" Status: {Labels.Of(o.Status).ToLowerInvariant()}.";
        return new FeedEntry(Urls.Offer(o.Id), o.Title, summary, added, updated, o.Date.SortKey, "offer");
    }

    /// <summary>When the file was first and last committed; without history, both are the record's own date.</summary>
    private static (DateTimeOffset Added, DateTimeOffset Updated) Times(Site site, string file, EdtfDate date)
    {
        var changes = site.Changes(file);
        if (changes.Count > 0) return (changes[^1].Date, changes[0].Date);
        var own = new DateTimeOffset(date.Point.Earliest.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return (own, own);
    }
}
