using System.Collections.Concurrent;
using Archive.Content;
using Archive.Linking;
using Archive.Rendering.Annotations;
using Archive.Rendering.Data;

namespace Archive.Rendering.Pages;

/// <summary>
/// What the writers of <see cref="FileRoute"/>s read: the site, its downloads' context, and the finished pages (the
/// sitemap lists them; annotations count positions in them). Each article's annotations are worked out once, for its
/// own file and the whole collection alike.
/// </summary>
public sealed class FileContext
{
    private readonly IReadOnlyDictionary<string, string> _pages;
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<AnnotatedPassage>>> _annotations = new(StringComparer.Ordinal);

    public FileContext(Site site, IReadOnlyDictionary<string, string> pages)
    {
        Site = site;
        Data = new DataContext(site);
        _pages = pages;
    }

    public Site Site { get; }

    public DataContext Data { get; }

    /// <summary>The URLs of every published HTML page.</summary>
    public IEnumerable<string> PageUrls => _pages.Keys;

    /// <summary>The page published at <paramref name="url"/>, or null.</summary>
    public string? Page(string url) => _pages.GetValueOrDefault(url);

    public IReadOnlyList<AnnotatedPassage> AnnotationsOf(Article article) =>
        _annotations.GetOrAdd(article.Id, _ => new Lazy<IReadOnlyList<AnnotatedPassage>>(
            () => ArticleAnnotations.For(Site, article, Page(Urls.Article(article.Id))))).Value;
}
