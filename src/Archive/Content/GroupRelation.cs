using Archive.Content.Dates;

namespace Archive.Content;

/// <summary>A typed relation from one group to another, e.g. <c>splinter-of</c>.</summary>
public sealed record GroupRelation(RelationType Type, Ref Group, EdtfDate? Since, string? Note);
