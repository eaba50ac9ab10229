namespace Archive.Rendering.Views;

/// <summary>A passage of an article that records quote, with everything that quotes it.</summary>
public sealed record PassageView
{
    public required string Quote { get; init; }

    /// <summary>The passage's mark on the article page.</summary>
    public required string PassageUrl { get; init; }

    /// <summary>
    /// Each record that quotes it, linked to the place on its page that does (the offer's source, the claim, the side
    /// of a dispute), with what the passage supports there as detail: "source", "made by Asaib Ahl al-Haq (believed)".
    /// </summary>
    public required IReadOnlyList<LinkView> Citations { get; init; }
}
