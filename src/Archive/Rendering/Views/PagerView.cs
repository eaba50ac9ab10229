namespace Archive.Rendering.Views;

/// <summary>
/// Where a page stands in a list split into pages (<c>page.pager</c>): its number, the pages before and after it for
/// <c>rel="prev"</c> and <c>rel="next"</c>, and a few page numbers to jump to. Null on a page that is not one of several.
/// </summary>
public sealed record PagerView
{
    /// <summary>This page's number, from 1.</summary>
    public required int Number { get; init; }

    /// <summary>How many pages the list has (at least 2).</summary>
    public required int Count { get; init; }

    /// <summary>The position of this page's first and last item in the whole list (1-based), and the list's length.</summary>
    public required int FirstItem { get; init; }

    public required int LastItem { get; init; }
    public required int ItemCount { get; init; }

    public LinkView? Previous { get; init; }
    public LinkView? Next { get; init; }

    /// <summary>The first and last pages, the pages next to this one and gaps between them, in order.</summary>
    public required IReadOnlyList<PageNumberView> Pages { get; init; }
}

/// <summary>One entry of a pager's page numbers: a page (<see cref="Url"/>, <see cref="IsCurrent"/>) or a gap ("…", no URL).</summary>
public sealed record PageNumberView(string Text, string? Url, bool IsCurrent);
