namespace Archive.Rendering.Data;

/// <summary>A field of a download as the Data page documents it.</summary>
/// <param name="Type">The type in words for JSON ("list of claims"), or the Table Schema type for CSV (<c>string</c>, <c>date</c>).</param>
public sealed record FieldDoc(string Name, string Type, string Description);
