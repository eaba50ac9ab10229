namespace Archive.Scaffolding;

/// <summary>The kinds of record an editor can scaffold with <c>archive new</c>.</summary>
public enum RecordKind
{
    Article,
    Group,
    Offer,
}
