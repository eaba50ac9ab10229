using System.Text.Json;
using Archive.Diagnostics;
using Spectre.Console;

namespace Archive.Cli;

/// <summary>
/// Prints diagnostics as text for people, as GitHub annotations for pull requests, or as JSON for tools. Text shows
/// each problem as <c>file:line:col: error CODE: message</c>, then the offending line of the file with a caret under
/// the column and the hint (as Zola and rustc do), in colour when writing to a terminal and plain otherwise.
/// </summary>
internal static class DiagnosticPrinter
{
    /// <summary>The longest piece of a source line shown; a pasted document on one line must not flood the terminal.</summary>
    private const int MaxShown = 160;

    /// <param name="siteRoot">The folder diagnostics' paths are relative to, to show their source lines; null shows none.</param>
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, string format, TextWriter writer, bool quiet, string? siteRoot = null)
    {
        switch (format)
        {
            case "json":
                writer.WriteLine(JsonSerializer.Serialize(diagnostics.Select(d => new
                {
                    code = d.Code,
                    severity = d.IsError ? "error" : "warning",
                    file = d.File,
                    line = d.Line,
                    column = d.Column,
                    message = d.Message,
                    hint = d.Hint,
                }), new JsonSerializerOptions { WriteIndented = true }));
                break;
            case "github":
                foreach (var d in diagnostics.Where(d => !quiet || d.IsError))
                {
                    var kind = d.IsError ? "error" : "warning";
                    var where = $"file={d.File}" + (d.Line > 0 ? $",line={d.Line}" : "") + (d.Column > 0 ? $",col={d.Column}" : "");
                    writer.WriteLine($"::{kind} {where},title={d.Code}::{Escape(d.Message + (d.Hint is null ? "" : " — " + d.Hint))}");
                }
                break;
            default:
                var console = ConsoleFor(writer);
                var sources = new SourceLines(siteRoot);
                foreach (var d in diagnostics.Where(d => !quiet || d.IsError)) Write(console, d, sources);
                break;
        }
    }

    private static void Write(IAnsiConsole console, Diagnostic d, SourceLines sources)
    {
        var where = d.Line > 0 ? (d.Column > 0 ? $"{d.File}:{d.Line}:{d.Column}" : $"{d.File}:{d.Line}") : d.File;
        var (kind, colour) = d.IsError ? ("error", "red") : ("warning", "yellow");
        console.MarkupLine($"[bold]{Markup.Escape(where)}[/]: [bold {colour}]{kind} {d.Code}[/]: {Markup.Escape(d.Message)}");
        if (d.Line > 0 && sources.Line(d.File, d.Line) is { } source)
        {
            var (shown, caretAt, width) = Excerpt(source, Math.Max(1, d.Column));
            var number = d.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var gutter = new string(' ', number.Length);
            console.MarkupLine($"[blue]{number} |[/] {Markup.Escape(shown)}");
            console.MarkupLine($"[blue]{gutter} |[/] {new string(' ', caretAt)}[bold {colour}]{new string('^', width)}[/]");
        }
        if (d.Hint is not null)
        {
            var lines = d.Hint.Split('\n');
            console.MarkupLine($"  [cyan]hint:[/] {Markup.Escape(lines[0])}");
            foreach (var more in lines.Skip(1)) console.MarkupLine($"        {Markup.Escape(more)}");
        }
    }

    /// <summary>The part of <paramref name="line"/> to show, where the caret goes in it, and how wide it is.</summary>
    private static (string Shown, int CaretAt, int Width) Excerpt(string line, int column)
    {
        line = line.Replace('\t', ' ');
        var at = Math.Min(column - 1, line.Length);
        var end = at;
        while (end < line.Length && !char.IsWhiteSpace(line[end])) end++;
        var width = Math.Clamp(end - at, 1, 40);
        var start = Math.Max(0, Math.Min(at - MaxShown / 2, line.Length - MaxShown));
        var shown = line.Substring(start, Math.Min(MaxShown, line.Length - start));
        var prefix = start > 0 ? "…" : "";
        var suffix = start + shown.Length < line.Length ? "…" : "";
        return (prefix + shown + suffix, prefix.Length + at - start, width);
    }

    /// <summary>Colour and styles only when the writer is the real terminal; files, pipes and tests get plain text.</summary>
    private static IAnsiConsole ConsoleFor(TextWriter writer)
    {
        var terminal = ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected
                       || ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        // Never wrap: a long message stays one line that tools and editors can match.
        console.Profile.Width = int.MaxValue / 2;
        return console;
    }

    // GitHub's workflow commands treat %, CR and LF specially in messages.
    private static string Escape(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>
    /// Lines of the site's files for the excerpts, one file at a time: diagnostics come sorted by file, so each file is
    /// read once, and only the file being printed is held. Every file kept (a warning on each of 100,000 articles)
    /// was the archive's whole text in memory at the end of a build, 1.4 GB of it.
    /// </summary>
    internal sealed class SourceLines(string? siteRoot)
    {
        private string? _file;
        private string[]? _lines;

        /// <summary>How many files' lines are held now (at most one).</summary>
        internal int FilesHeld => _file is null ? 0 : 1;

        public string? Line(string file, int line)
        {
            if (siteRoot is null) return null;
            if (!string.Equals(_file, file, StringComparison.Ordinal))
            {
                _lines = Read(Path.Combine(siteRoot, file));
                _file = file;
            }
            return _lines is not null && line <= _lines.Length ? _lines[line - 1].TrimEnd('\r') : null;
        }

        private static string[]? Read(string path)
        {
            try
            {
                // Only regular files inside the site, as the build reads them; never a FIFO or a link elsewhere.
                var info = new FileInfo(path);
                if (!info.Exists || info.LinkTarget is not null || info.Length > 8 * 1024 * 1024 || info.Length == 0) return null;
                return File.ReadAllText(path).Split('\n');
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }
    }
}
