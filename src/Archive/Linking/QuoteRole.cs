namespace Archive.Linking;

/// <summary>What a quoted passage is evidence for.</summary>
public enum QuoteRole
{
    /// <summary>An offer's <c>sources</c> entry: the article reports the offer.</summary>
    Source,

    /// <summary>An editor's note on the article itself.</summary>
    Note,

    /// <summary>A claim in <c>by</c>, <c>to</c>, <c>via</c>, <c>member_of</c> or a relation: the words that tie a record to a group.</summary>
    Claim,

    /// <summary>One article's side of an offer's dispute.</summary>
    DisputePosition,
}
