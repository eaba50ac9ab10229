namespace Archive.Linking;

/// <summary>What a dated entry is. Entries on the same date and precision are listed in this order.</summary>
public enum DatedEntryKind
{
    Article,
    Event,
    Group,
    Offer,
    Response,
}
