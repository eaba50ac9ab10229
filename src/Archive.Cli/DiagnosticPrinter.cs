using System.Text.Json;
using Archive.Diagnostics;

namespace Archive.Cli;

/// <summary>Prints diagnostics as text for people, as GitHub annotations for pull requests, or as JSON for tools.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, string format, TextWriter writer, bool quiet)
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
                foreach (var d in diagnostics.Where(d => !quiet || d.IsError)) writer.WriteLine(d.ToString());
                break;
        }
    }

    // GitHub's workflow commands treat %, CR and LF specially in messages.
    private static string Escape(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
}
