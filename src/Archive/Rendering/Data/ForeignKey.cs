namespace Archive.Rendering.Data;

/// <summary>A column whose values are the primary key of another table (Table Schema <c>foreignKeys</c>).</summary>
public sealed record ForeignKey(string Field, string Resource, string ReferencedField);
