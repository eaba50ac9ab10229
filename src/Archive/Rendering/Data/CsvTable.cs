using CsvHelper;

namespace Archive.Rendering.Data;

/// <summary>
/// A CSV download: RFC 4180 (comma, double quotes where needed, CRLF), UTF-8 without a byte-order mark, a header row
/// of <see cref="Columns"/>, then one row per item of <see cref="Rows"/>. Written with CsvHelper, row by row.
/// </summary>
public sealed record CsvTable<T>(
    string Name,
    string Title,
    string Description,
    IReadOnlyList<CsvColumn<T>> Columns,
    IReadOnlyList<string> PrimaryKey,
    IReadOnlyList<ForeignKey> ForeignKeys,
    Func<DataContext, IEnumerable<T>> Rows) : ICsvTable
{
    public IReadOnlyList<FieldDoc> Fields => Columns.Select(c => c.Doc).ToList();

    public int Count(DataContext context) => Rows(context).Count();

    public void Write(Stream output, DataContext context)
    {
        // The defaults are RFC 4180: comma, quotes only where needed (doubled inside), CRLF, UTF-8 without a byte-order mark.
        using var csv = CsvWriter.Create(output, CsvWriterOptions.Default, leaveOpen: true);
        foreach (var column in Columns) csv.WriteField(column.Name);
        csv.EndRecord();
        foreach (var row in Rows(context))
        {
            foreach (var column in Columns) csv.WriteField(column.Value(context, row) ?? "");
            csv.EndRecord();
        }
    }
}
