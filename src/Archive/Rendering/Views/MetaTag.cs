namespace Archive.Rendering.Views;

/// <summary>A <c>&lt;meta&gt;</c> tag: <c>name</c> (Highwire, Dublin Core) or <c>property</c> (OpenGraph) as <see cref="Attribute"/>.</summary>
public sealed record MetaTag
{
    public required string Attribute { get; init; }
    public required string Key { get; init; }
    public required string Value { get; init; }
}
