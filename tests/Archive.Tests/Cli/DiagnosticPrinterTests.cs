using Archive.Cli;
using Archive.Diagnostics;

namespace Archive.Tests.Cli;

public sealed class DiagnosticPrinterTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("archive-printer-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string file, string text)
    {
        var path = Path.Combine(_root, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void Print_SeveralFiles_ShowsEachDiagnosticsOwnLine()
    {
        Write("input/articles/a.md", "---\ntitle: Alpha\n---\n");
        Write("input/articles/b.md", "---\nsource: Beta\n---\n");
        var diagnostics = new[]
        {
            new Diagnostic("ARC075", Severity.Warning, "input/articles/a.md", 2, 1, "first"),
            new Diagnostic("ARC075", Severity.Warning, "input/articles/b.md", 2, 1, "second"),
            // Out of order (a caller that did not sort): the first file is read again, not lost.
            new Diagnostic("ARC075", Severity.Warning, "input/articles/a.md", 1, 1, "third"),
        };
        var output = new StringWriter();

        DiagnosticPrinter.Print(diagnostics, "text", output, quiet: false, _root);

        var lines = output.ToString().Split('\n');
        Assert.Equal("2 | title: Alpha", lines[Array.FindIndex(lines, l => l.EndsWith(": first", StringComparison.Ordinal)) + 1]);
        Assert.Equal("2 | source: Beta", lines[Array.FindIndex(lines, l => l.EndsWith(": second", StringComparison.Ordinal)) + 1]);
        Assert.Equal("1 | ---", lines[Array.FindIndex(lines, l => l.EndsWith(": third", StringComparison.Ordinal)) + 1]);
    }

    [Fact]
    public void SourceLines_NextFile_LetsThePreviousOneGo()
    {
        Write("input/articles/a.md", "one\ntwo\n");
        Write("input/articles/b.md", "three\n");
        var sources = new DiagnosticPrinter.SourceLines(_root);

        Assert.Equal("two", sources.Line("input/articles/a.md", 2));
        Assert.Equal("three", sources.Line("input/articles/b.md", 1));

        // A warning on every article of a large archive must not keep every article's text until the last is printed.
        Assert.Equal(1, sources.FilesHeld);
    }
}
