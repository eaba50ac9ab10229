namespace Archive.Rendering.Views;

/// <summary>
/// A record tied to another by a claim, as a page lists it: the group that made an offer, the offer a group made, a
/// member of a coalition. <see cref="Link"/> is the record on the other side; the rest says how firmly, on whose words.
/// </summary>
public sealed record TieView
{
    public required LinkView Link { get; init; }

    /// <summary>Its id on this page, where the page's own record makes the claim (<c>claim-by-kataib-hezbollah</c>); otherwise null.</summary>
    public string? Anchor { get; init; }

    /// <summary>The certainty in words ("believed", "reported", "disputed"); null when the tie is confirmed.</summary>
    public string? Certainty { get; init; }

    /// <summary>The certainty's code (<c>confirmed</c>, <c>reported</c>, <c>believed</c>, <c>disputed</c>), a CSS hook: <c>tie-believed</c>.</summary>
    public required string CertaintyKey { get; init; }

    /// <summary>The quoted words that support the tie, linked to their marked passage; null when the editors assert it.</summary>
    public QuoteView? Evidence { get; init; }
}
