using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Archive.Content;

namespace Archive.Rendering.Feeds;

/// <summary>
/// Writes an Atom 1.0 feed (RFC 4287) with <see cref="System.ServiceModel.Syndication"/>: a stable id for the feed
/// (its own address) and for every entry (the record's address), links, summaries and the times from history.
/// </summary>
public static class AtomFeedWriter
{
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = true };

    /// <param name="version">When the archive last changed: the feed's <c>updated</c> when it has no entries.</param>
    public static void Write(Stream output, SiteConfig config, AtomFeed feed, IReadOnlyList<FeedEntry> entries, DateTimeOffset version)
    {
        Uri Absolute(string url) => new(config.BaseUrl, url.TrimStart('/'));
        var self = Absolute(feed.Url);
        var updated = entries.Count > 0 ? entries.Max(e => e.Updated) : version;
        var syndication = new SyndicationFeed(Xml(feed.Title), feed.Subtitle is null ? null : Xml(feed.Subtitle), Absolute(feed.PageUrl), self.ToString(), updated)
        {
            Language = config.Language,
            Generator = "Archive",
            Items = entries.Select(e => Item(e, Absolute(e.Url))).ToList(),
        };
        syndication.Links.Add(SyndicationLink.CreateSelfLink(self, "application/atom+xml"));
        var editors = config.Editors.Count > 0 ? config.Editors : [config.Title];
        foreach (var name in editors) syndication.Authors.Add(new SyndicationPerson { Name = Xml(name) });

        using var writer = XmlWriter.Create(output, Settings);
        new Atom10FeedFormatter(syndication).WriteTo(writer);
    }

    /// <summary>Text for the feed, with what XML cannot carry replaced (see <see cref="XmlText.Clean"/>).</summary>
    private static string Xml(string text) => XmlText.Clean(text);

    private static SyndicationItem Item(FeedEntry entry, Uri page)
    {
        var item = new SyndicationItem
        {
            Id = page.ToString(),
            Title = new TextSyndicationContent(Xml(entry.Title)),
            Summary = new TextSyndicationContent(Xml(entry.Summary)),
            PublishDate = entry.Added,
            LastUpdatedTime = entry.Updated,
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(page, "text/html"));
        item.Categories.Add(new SyndicationCategory(entry.Category, null, entry.Category == "offer" ? "Offer" : "Article"));
        return item;
    }
}
