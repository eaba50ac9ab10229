namespace Archive.Markdown;

/// <summary>
/// Where each Markdown node's HTML starts in the rendered text, so a position in the HTML (an element the sanitizer
/// removed) can be traced back to the body line the editor wrote it on.
/// </summary>
internal sealed class PositionMarks
{
    private readonly List<(int Offset, int Line, int Column)> _marks = [];

    public void Add(int offset, int line, int column) => _marks.Add((offset, line, column));

    /// <summary>The 0-based body line and column of <paramref name="offset"/> in <paramref name="html"/>.</summary>
    public (int Line, int Column) Locate(string html, int offset)
    {
        offset = Math.Clamp(offset, 0, html.Length);
        var index = _marks.FindLastIndex(m => m.Offset <= offset);
        if (index < 0) return (0, 0);
        var (start, line, column) = _marks[index];
        // Raw HTML blocks are copied line for line, so lines inside one are counted from its start.
        var newlines = html.AsSpan(start, offset - start).Count('\n');
        if (newlines == 0) return (line, column + offset - start);
        return (line + newlines, offset - html.LastIndexOf('\n', offset - 1) - 1);
    }
}
