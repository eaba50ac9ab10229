using System.Collections.Concurrent;
using Archive.Content;
using Archive.Linking;
using Archive.Rendering.Annotations;
using Archive.Rendering.Data;

namespace Archive.Rendering.Pages;

/// <summary>
/// What the writers of <see cref="FileRoute"/>s read: the site, its downloads' context, and what is known of the finished
/// pages (the sitemap lists them; annotations were worked out from them as they rendered). Each article's annotations
/// are worked out once, for its own file and the whole collection alike.
/// </summary>
public sealed class FileContext
{
    private readonly IReadOnlyList<string> _pageUrls;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<AnnotatedPassage>> _rendered;
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<AnnotatedPassage>>> _annotations = new(StringComparer.Ordinal);

    /// <param name="pageUrls">The URLs of every published HTML page.</param>
    /// <param name="annotations">Each rendered article page's annotations, by its URL.</param>
    public FileContext(Site site, IReadOnlyList<string> pageUrls, IReadOnlyDictionary<string, IReadOnlyList<AnnotatedPassage>> annotations)
    {
        Site = site;
        Data = new DataContext(site);
        _pageUrls = pageUrls;
        _rendered = annotations;
    }

    public Site Site { get; }

    public DataContext Data { get; }

    /// <summary>The URLs of every published HTML page.</summary>
    public IEnumerable<string> PageUrls => _pageUrls;

    public IReadOnlyList<AnnotatedPassage> AnnotationsOf(Article article) =>
        _annotations.GetOrAdd(article.Id, _ => new Lazy<IReadOnlyList<AnnotatedPassage>>(
            () => _rendered.GetValueOrDefault(Urls.Article(article.Id)) ?? ArticleAnnotations.For(Site, article, (string?)null))).Value;
}
