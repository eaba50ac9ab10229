namespace Archive.Content;

/// <summary>A reference by id to another record, remembered with where it was written so linking can point at it.</summary>
public sealed record Ref(string Id, SourceSpan At)
{
    public override string ToString() => Id;
}
