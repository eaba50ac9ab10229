namespace Archive.Rendering.Views;

/// <summary>A <c>&lt;meta&gt;</c> tag: <c>name</c> (Highwire, Dublin Core) or <c>property</c> (OpenGraph).</summary>
public sealed record MetaTag(string Attribute, string Key, string Value);
