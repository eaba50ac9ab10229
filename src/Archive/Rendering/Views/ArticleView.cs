namespace Archive.Rendering.Views;

/// <summary>An article page's content.</summary>
public sealed record ArticleView
{
    public required string Id { get; init; }
    public required string Title { get; init; }

    /// <summary>The kind in words ("News"); the same holds for <see cref="Rights"/>.</summary>
    public required string Kind { get; init; }

    public required string Source { get; init; }

    /// <summary>The bylines joined for display, or null when there are none.</summary>
    public string? Authors { get; init; }

    public required DateView Published { get; init; }
    public DateView? Updated { get; init; }
    public string? Url { get; init; }
    public string? ArchivedUrl { get; init; }
    public DateView? Retrieved { get; init; }
    public required string Rights { get; init; }
    public required bool IsExcerpt { get; init; }
    public required bool IsMetadataOnly { get; init; }
    public required string Language { get; init; }

    /// <summary>The article's language differs from the site's.</summary>
    public required bool IsForeignLanguage { get; init; }

    public required string Summary { get; init; }

    /// <summary>The text with its marked passages and mention links; empty for a metadata-only article.</summary>
    public required SafeHtml Body { get; init; }

    public required IReadOnlyList<LinkView> Groups { get; init; }
    public required IReadOnlyList<LinkView> Offers { get; init; }

    /// <summary>The terms of the vocabulary it is filed under, each with its definition as detail.</summary>
    public IReadOnlyList<LinkView> Terms { get; init; } = [];

    /// <summary>The recorded SHA-256 of the text as captured (64 hexadecimal digits), verified by the build; null when none is recorded.</summary>
    public string? TextSha256 { get; init; }

    /// <summary>The passages that records quote, each once, with everything that quotes it.</summary>
    public required IReadOnlyList<PassageView> CitedPassages { get; init; }
    public required int NoteCount { get; init; }
    public LinkView? Previous { get; init; }
    public LinkView? Next { get; init; }
}
