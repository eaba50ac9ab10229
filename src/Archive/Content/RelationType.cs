namespace Archive.Content;

/// <summary>How one group relates to another (<c>relations: - type:</c>).</summary>
public enum RelationType
{
    AlliedWith,
    RivalOf,
    SplinterOf,
    MergedInto,
    FrontFor,
}
