using Archive.Content.Dates;

namespace Archive.Content;

/// <summary>How an addressee answered an offer.</summary>
public sealed record OfferResponse(Ref By, EdtfDate? Date, ResponseStance Stance, Ref? Source);
