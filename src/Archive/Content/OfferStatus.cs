namespace Archive.Content;

/// <summary>What became of an offer (<c>status:</c>).</summary>
public enum OfferStatus
{
    Reported,
    Proposed,
    Negotiated,
    Unanswered,
    Rejected,
    BrokenOff,
    Accepted,
    PartiallyHeld,
    Lapsed,
}
