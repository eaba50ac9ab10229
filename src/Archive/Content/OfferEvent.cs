using Archive.Content.Dates;

namespace Archive.Content;

/// <summary>A dated step in an offer's history (talks held, memo delivered), with the article that reports it.</summary>
public sealed record OfferEvent(EdtfDate Date, string What, Ref? Source);
