using System.Collections.Concurrent;
using Archive.Linking;
using Archive.Rendering.Annotations;
using Archive.Rendering.Pages;

namespace Archive.Rendering;

/// <summary>
/// What a build keeps of the files rendering streamed, once their links are checked: how many there were, the URL of
/// each HTML page (the sitemap lists them) and each article page's annotations (the annotation files are made of
/// them), and nothing else. A <see cref="StreamedPage"/> kept for each of the 440,000 files of a 100,000-article
/// archive held its URL, its path and its record to the end of the build. Safe to add to from many threads at once.
/// </summary>
public sealed class FinishedPages
{
    private readonly ConcurrentQueue<string> _pageUrls = new();
    private readonly ConcurrentDictionary<string, IReadOnlyList<AnnotatedPassage>> _annotations = new(StringComparer.Ordinal);
    private int _files, _pages;

    /// <summary>Files written, HTML pages among them or not.</summary>
    public int Files => Volatile.Read(ref _files);

    /// <summary>HTML pages written (<see cref="FileRenderer.IsPage"/>).</summary>
    public int Pages => Volatile.Read(ref _pages);

    public void Add(IEnumerable<StreamedPage> written)
    {
        foreach (var file in written)
        {
            Interlocked.Increment(ref _files);
            if (FileRenderer.IsPage(file.Url))
            {
                Interlocked.Increment(ref _pages);
                _pageUrls.Enqueue(file.Url);
            }
            if (file.Annotations is { } a) _annotations[file.Url] = a;
        }
    }

    /// <summary>What the files stage reads of the pages: the same as <see cref="FileRenderer.Context"/> over every page kept whole.</summary>
    public FileContext Context(Site site) => new(site, [.. _pageUrls], _annotations);
}
