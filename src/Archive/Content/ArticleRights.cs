namespace Archive.Content;

/// <summary>How much of the source the archive reproduces (<c>rights:</c>).</summary>
public enum ArticleRights
{
    /// <summary>The whole text (the default).</summary>
    FullText,

    /// <summary>Part of the text; the page says so and links to the source.</summary>
    Excerpt,

    /// <summary>Only the document's details: no text, and so no marked passages.</summary>
    MetadataOnly,
}
