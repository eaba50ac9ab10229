namespace Archive.Content;

/// <summary>What sort of organisation a group is (<c>kind:</c>), in the order the group lists show them.</summary>
public enum GroupKind
{
    ArmedGroup,
    Militia,
    Coalition,
    Government,
    StateBody,
    Mediator,
    PoliticalParty,
    Other,
}
