using Archive.Content.Dates;

namespace Archive.Content;

/// <summary>A typed relation from one group to another, e.g. <c>splinter-of</c>, with its evidence.</summary>
/// <param name="Claim">The other group, with the certainty, source and quote of the relation.</param>
public sealed record GroupRelation(RelationType Type, Claim Claim, EdtfDate? Since, string? Note)
{
    /// <summary>The other group.</summary>
    public Ref Group => Claim.Group;
}
