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

    /// <summary>The editor's note, for a noted passage.</summary>
    public string? Note { get; init; }
}
