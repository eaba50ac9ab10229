namespace Archive.Rendering.Data;

/// <summary>A column of a CSV download: its name, Table Schema type, meaning, and its value in a row (null is an empty cell).</summary>
/// <param name="Type">A Table Schema type: <c>string</c>, <c>integer</c>, <c>date</c>.</param>
public sealed record CsvColumn<T>(string Name, string Type, string Description, Func<DataContext, T, string?> Value)
{
    public FieldDoc Doc => new(Name, Type, Description);
}
