namespace Archive.Rendering.Data;

/// <summary>A CSV download as the data package and the Data page describe it, whatever its rows are.</summary>
public interface ICsvTable
{
    /// <summary>The resource name in the data package, and the file's name without <c>.csv</c>.</summary>
    string Name { get; }

    string Title { get; }

    string Description { get; }

    IReadOnlyList<FieldDoc> Fields { get; }

    IReadOnlyList<string> PrimaryKey { get; }

    IReadOnlyList<ForeignKey> ForeignKeys { get; }

    string File => Name + ".csv";

    int Count(DataContext context);

    void Write(Stream output, DataContext context);
}
