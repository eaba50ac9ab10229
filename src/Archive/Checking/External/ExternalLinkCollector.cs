using Archive.Content;
using Archive.Diagnostics;
using Archive.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Archive.Checking.External;

/// <summary>
/// Finds every absolute http(s) address the input points readers to: the source fields of articles, the
/// repository in site.yml, and links and images in every Markdown body, each with the place it was written.
/// </summary>
public static class ExternalLinkCollector
{
    /// <summary>Loads the content under <paramref name="siteRoot"/> and collects its external links.</summary>
    /// <remarks>Problems in the input are not reported here: the normal check reports them, once.</remarks>
    public static IReadOnlyList<ExternalLink> Collect(string siteRoot, bool includeDrafts)
    {
        var content = new ContentLoader(new ArchiveMarkdown()).Load(siteRoot, new DiagnosticBag());
        return Collect(siteRoot, content, includeDrafts);
    }

    /// <summary>The external links of already loaded content, ordered by file, line and column.</summary>
    /// <param name="siteRoot">The folder the content's file paths are relative to; files are read again to place front-matter fields.</param>
    public static IReadOnlyList<ExternalLink> Collect(string siteRoot, ContentSet content, bool includeDrafts)
    {
        var links = new List<ExternalLink>();
        var files = new FieldLocator(siteRoot);

        if (content.Config.Repository is { } repository)
            links.Add(files.Locate(SiteConfigReader.RelativePath, "repository", repository));

        foreach (var article in content.Articles.Where(a => includeDrafts || !a.Draft))
        {
            if (article.Url is { } url) links.Add(files.Locate(article.File, "url", url));
            if (article.ArchivedUrl is { } archived) links.Add(files.Locate(article.File, "archived_url", archived));
            links.AddRange(BodyLinks(article.File, article.Body));
        }
        foreach (var group in content.Groups.Where(g => includeDrafts || !g.Draft)) links.AddRange(BodyLinks(group.File, group.Body));
        foreach (var offer in content.Offers.Where(o => includeDrafts || !o.Draft)) links.AddRange(BodyLinks(offer.File, offer.Body));
        foreach (var page in content.Pages.Where(p => includeDrafts || !p.Draft)) links.AddRange(BodyLinks(page.File, page.Body));

        return links
            .Where(l => IsExternal(l.Url, content.Config.BaseUrl))
            .OrderBy(l => l.File, StringComparer.Ordinal)
            .ThenBy(l => l.Line)
            .ThenBy(l => l.Column)
            .ThenBy(l => l.Url, StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<ExternalLink> BodyLinks(string file, MarkdownBody body)
    {
        foreach (var inline in body.Document.Descendants<Inline>())
        {
            var url = inline switch
            {
                LinkInline link => link.Url,
                AutolinkInline { IsEmail: false } auto => auto.Url,
                _ => null,
            };
            if (url is not null) yield return new ExternalLink(url.Trim(), file, body.FileLine(inline.Line), inline.Column + 1);
        }
    }

    /// <summary>
    /// True for absolute http(s) addresses outside the site itself: the site's own pages may not be published
    /// yet, and the internal link check already covers them.
    /// </summary>
    internal static bool IsExternal(string url, Uri baseUrl)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return false;
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) return false;
        if (uri.Host.Length == 0) return false;
        var ownSite = string.Equals(uri.Host, baseUrl.Host, StringComparison.OrdinalIgnoreCase)
                      && uri.AbsolutePath.StartsWith(baseUrl.AbsolutePath, StringComparison.Ordinal);
        return !ownSite;
    }

    /// <summary>Places a front-matter value on its line by searching the file's text, which the parsed records no longer carry.</summary>
    private sealed class FieldLocator(string siteRoot)
    {
        private readonly Dictionary<string, string[]> _lines = new(StringComparer.Ordinal);

        public ExternalLink Locate(string file, string field, string url)
        {
            var lines = Lines(file);
            var (line, column) = Find(lines, l => l.TrimStart().StartsWith(field + ":", StringComparison.Ordinal), url);
            if (line == 0) (line, column) = Find(lines, _ => true, url);
            return new ExternalLink(url, file, line, column, field);
        }

        private static (int Line, int Column) Find(string[] lines, Func<string, bool> candidate, string url)
        {
            for (var i = 0; i < lines.Length; i++)
            {
                var at = lines[i].IndexOf(url, StringComparison.Ordinal);
                if (at >= 0 && candidate(lines[i])) return (i + 1, at + 1);
            }
            return (0, 0);
        }

        private string[] Lines(string file)
        {
            if (_lines.TryGetValue(file, out var cached)) return cached;
            string[] lines;
            try
            {
                lines = File.ReadAllText(Path.Combine(siteRoot, file)).Split('\n');
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The loader already reported an unreadable file; without its text the link is still checked, at line 0.
                lines = [];
            }
            _lines[file] = lines;
            return lines;
        }
    }
}
