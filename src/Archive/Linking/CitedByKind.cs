namespace Archive.Linking;

/// <summary>What quotes a passage of an article.</summary>
public enum CitedByKind
{
    /// <summary>An offer's source quote: the passage links to the offer.</summary>
    Offer,

    /// <summary>A group's claim (membership or relation): the passage links to the group.</summary>
    Group,

    /// <summary>An editor's note on the article itself.</summary>
    Note,
}
