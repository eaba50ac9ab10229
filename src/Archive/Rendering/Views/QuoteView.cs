namespace Archive.Rendering.Views;

/// <summary>A quoted passage with where it is marked in the article and who cites it.</summary>
public sealed record QuoteView
{
    public required string Quote { get; init; }

    /// <summary>The marked passage in the archive's copy (<c>/articles/x/#q-offer</c>), or the article page when it reproduces no text.</summary>
    public required string PassageUrl { get; init; }

    /// <summary>The passage in the original, by text fragment, when the article has a URL.</summary>
    public string? OriginalUrl { get; init; }

    public required LinkView Article { get; init; }
    public LinkView? CitedBy { get; init; }

    /// <summary>The editor's note, for a noted passage or one side of a dispute.</summary>
    public string? Note { get; init; }

    /// <summary>Its id on the citing page (<c>source-1</c>, <c>dispute-1-2</c>), where it has one; the marked passage links back to it.</summary>
    public string? Anchor { get; init; }
}
