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

    /// <summary>
    /// The text with the characters XML 1.0 cannot carry at all (C0 controls such as a pasted backspace, lone surrogates)
    /// replaced by U+FFFD. The pages show such text as it is; a feed with them would not parse, so it shows the mark instead.
    /// </summary>
    public static string Xml(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
                continue;
            }
            if (!XmlConvert.IsXmlChar(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

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
