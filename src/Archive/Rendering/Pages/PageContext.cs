using Archive.Content;
using Archive.Linking;
using Archive.Rendering.Citations;
using Archive.Rendering.Html;
using Archive.Rendering.Metadata;
using Archive.Rendering.Views;

namespace Archive.Rendering.Pages;

/// <summary>What every page builder reads: the site model and the shared, stateless renderers.</summary>
public sealed record PageContext(Site Site, ViewFactory Views, BodyRenderer Bodies, SiteView Frame)
{
    /// <summary>The records the page being built reads; each page gets its own (see <see cref="ForPage"/>).</summary>
    public DependencyRecorder Reads { get; init; } = new();

    /// <summary>A context for building one page, noting what it reads; the site's frame names every free page.</summary>
    public PageContext ForPage()
    {
        var reads = new DependencyRecorder();
        foreach (var page in Site.Pages) reads.Read(page);
        return this with { Views = new ViewFactory(Site, reads), Reads = reads };
    }

    public Uri Absolute(string url) => new(Site.Config.BaseUrl, url.TrimStart('/'));

    /// <summary>A record's body as the page shows it; the one place rendered Markdown becomes <see cref="SafeHtml"/>.</summary>
    public SafeHtml Body(MarkdownBody body, IEnumerable<PassageMark>? passages = null, MentionIndex? mentions = null)
    {
        if (mentions is not null) Reads.Read(PageDependencies.AllGroups);
        return Bodies.RenderSafe(body, passages, mentions);
    }

    /// <summary>The whole archive's feed, which every page names in its head.</summary>
    public AlternateView SiteFeed => new($"{Site.Config.Title}: new articles and offers", Urls.Feed, AtomType);

    public const string AtomType = "application/atom+xml";

    /// <summary>A page with the site's frame, breadcrumbs and the generic page metadata.</summary>
    public PageModel Model(string title, string? description, string url, string kind, object content, params LinkView[] breadcrumbs)
    {
        var isHome = url == Urls.Home;
        var (tags, jsonLd) = HeadMetadata.ForPage(Site, title, description, Absolute(url), isHome, kind != "page");
        return new PageModel
        {
            Site = Frame,
            Page = new PageMeta
            {
                Title = title,
                Description = description,
                Url = url,
                CanonicalUrl = Absolute(url).ToString(),
                Kind = kind,
                Language = Site.Config.Language,
                Breadcrumbs = [new LinkView("Home", Urls.Home), .. breadcrumbs],
                DocumentTitle = isHome ? Site.Config.Title : $"{title} · {Site.Config.Title}",
                MetaTags = tags,
                JsonLd = new SafeHtml(jsonLd),
                Alternates = [SiteFeed],
            },
            Content = content,
        };
    }

    /// <summary>How many of a record's latest changes its page lists; the rest are a link to the repository away.</summary>
    public const int ChangesShown = 10;

    /// <summary>
    /// Adds what a record page has beyond the frame: its own metadata, the "Cite" box (with "cite this version" when
    /// git knows the file), when it last changed, its latest changes, and where to edit it.
    /// </summary>
    public PageModel ForRecord(PageModel model, (IReadOnlyList<MetaTag> Tags, string JsonLd) metadata, string file,
        CitationRecord pageCitation, CitationRecord? original = null)
    {
        Reads.Read(file);
        var updated = Site.LastUpdated(file);
        var changes = Site.Changes(file);
        var latest = changes.Count > 0 ? changes[0] : null;
        var url = model.Page.Url;
        var repository = Site.Config.Repository;
        var page = pageCitation with { Updated = updated is { } d ? new CitationDate(d.Year, d.Month, d.Day) : null };
        var cite = new CitationView
        {
            PageText = CitationText.Chicago(page),
            OriginalText = original is null ? null : CitationText.Chicago(original),
            BibUrl = Urls.CitationBibTex(url),
            RisUrl = Urls.CitationRis(url),
            CslUrl = Urls.CitationCslJson(url),
            DownloadsLabel = original is null ? "Download this page’s citation" : "Download the original’s citation",
            VersionText = latest is null ? null : CitationText.Chicago(page with
            {
                Updated = new CitationDate(latest.Day.Year, latest.Day.Month, latest.Day.Day),
                Version = ShortCommit(latest.Commit),
                Url = repository is null ? page.Url : Urls.FileAtCommit(repository, latest.Commit, file),
            }),
            VersionUrl = latest is null || repository is null ? null : Urls.FileAtCommit(repository, latest.Commit, file),
        };
        return model with
        {
            Page = model.Page with
            {
                MetaTags = metadata.Tags,
                JsonLd = new SafeHtml(metadata.JsonLd),
                Citation = cite,
                LastUpdated = updated is { } u ? Day(u) : null,
                EditUrl = repository is null ? null : Urls.EditFile(repository, file),
                HistoryUrl = repository is null ? null : Urls.FileHistory(repository, file),
                Changes = changes.Take(ChangesShown).Select(ch => new ChangeView
                {
                    Date = Day(ch.Day),
                    Subject = ch.Subject,
                    Commit = ch.Commit,
                    ShortCommit = ShortCommit(ch.Commit),
                    Url = repository is null ? null : Urls.Commit(repository, ch.Commit),
                }).ToList(),
                ChangeCount = changes.Count,
            },
        };
    }

    /// <summary>A day of the record's history: not a date of the archive's subject, so it links to no date page.</summary>
    private DateView Day(DateOnly day) => Views.Date(new Content.Dates.EdtfPoint(day.Year, day.Month, day.Day)) with { Url = null };

    /// <summary>A commit id as git abbreviates it by default.</summary>
    private static string ShortCommit(string commit) => commit.Length > 7 ? commit[..7] : commit;
}
