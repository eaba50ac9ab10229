using System.Text.Json;

namespace Archive.Rendering.Data;

/// <summary>
/// One field of a record in a JSON download: its name, documentation and how it is written. The writer and the Data
/// page read the same list, so a field cannot be written without being documented.
/// </summary>
public sealed record JsonField<T>(string Name, string Type, string Description, Action<Utf8JsonWriter, DataContext, T> Write)
{
    public FieldDoc Doc => new(Name, Type, Description);
}
