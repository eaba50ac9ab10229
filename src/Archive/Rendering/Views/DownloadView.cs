namespace Archive.Rendering.Views;

/// <summary>One file on the Data page: what it is, where it is and, for tables, every column.</summary>
public sealed record DownloadView
{
    public required string Title { get; init; }

    /// <summary>The file's name, e.g. <c>offers.csv</c>; also the id of its section on the Data page.</summary>
    public required string File { get; init; }

    public required string Url { get; init; }

    /// <summary>"CSV", "JSON", "JSON-LD", "Atom".</summary>
    public required string Format { get; init; }

    public required string Description { get; init; }

    /// <summary>How many records or rows it holds, in words ("5 offers"); empty when it is not a list.</summary>
    public string? Count { get; init; }

    public required IReadOnlyList<FieldView> Fields { get; init; }

    /// <summary>For a table: the columns that identify a row, in words.</summary>
    public string? PrimaryKey { get; init; }

    /// <summary>For a table: each column that refers to another table, in words ("offer_id → offers.id").</summary>
    public required IReadOnlyList<string> ForeignKeys { get; init; }
}
