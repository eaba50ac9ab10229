using Archive.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Archive.Content;

/// <summary>Parses a YAML block into its top-level mapping, turning parser exceptions into diagnostics.</summary>
internal static class YamlLoader
{
    /// <param name="firstLine">File line of the block's first line, so reported lines point into the file.</param>
    public static YamlMappingNode? LoadMapping(string yaml, string file, int firstLine, DiagnosticBag diagnostics, bool allowEmpty)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            var yamlLine = PlaceError(ex, yaml);
            var line = yamlLine + firstLine - 1;
            var column = yamlLine == (int)ex.Start.Line ? (int)ex.Start.Column : 1;
            var (message, hint) = Explain(ex, yaml, yamlLine);
            // YamlDotNet reports a tab at the start of the mapping it breaks; the editor needs the line with the tab.
            var tabLine = Array.FindIndex(yaml.Split('\n'), l => l.TrimStart(' ').StartsWith('\t'));
            if (ex.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && tabLine >= 0)
            {
                line = tabLine + firstLine;
                column = 1;
            }
            diagnostics.Error(ex.Message.StartsWith("Duplicate key", StringComparison.Ordinal) ? DiagnosticCodes.DuplicateKey : DiagnosticCodes.YamlSyntax,
                file, Math.Max(line, firstLine), column, message, hint);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner can fail this way on some malformed plain scalars instead of raising a
            // YamlException; the input is still the editor's to fix, so it is a diagnostic, not a crash.
            var open = Array.FindIndex(yaml.Split('\n'), l => l.Contains('[', StringComparison.Ordinal) && !l.Contains(']', StringComparison.Ordinal)
                                                               || l.Contains('{', StringComparison.Ordinal) && !l.Contains('}', StringComparison.Ordinal));
            diagnostics.Error(DiagnosticCodes.YamlSyntax, file, firstLine + Math.Max(0, open), 1,
                "a value opens a bracket [ or { that is never closed, so the rest of the front matter cannot be read",
                "close the list with ] (or the set with }) on the same value, or put a value starting with [ or { in quotes");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            if (allowEmpty) return new YamlMappingNode();
            diagnostics.Error(DiagnosticCodes.FrontMatterMissing, file, firstLine, 1, "the front matter is empty", "add the required fields between the `---` lines");
            return null;
        }

        if (stream.Documents[0].RootNode is YamlMappingNode map) return map;

        var root = stream.Documents[0].RootNode;
        diagnostics.Error(DiagnosticCodes.YamlSyntax, file, (int)root.Start.Line + firstLine - 1, (int)root.Start.Column,
            "the front matter must be a set of `key: value` lines", "write each field as `name: value` on its own line");
        return null;
    }

    /// <summary>
    /// The 1-based YAML line the editor must change. YamlDotNet reports a key that lacks its colon on the line where
    /// it gave up looking (the next one); the culprit is the line before, such as a list item written `-a`.
    /// </summary>
    private static int PlaceError(YamlException ex, string yaml)
    {
        var line = (int)ex.Start.Line;
        if (!ex.Message.Contains("could not find expected ':'", StringComparison.Ordinal)) return line;
        var lines = yaml.Split('\n');
        for (var previous = Math.Min(line, lines.Length) - 1; previous >= 1; previous--)
        {
            var text = lines[previous - 1].Trim();
            if (text.Length == 0 || text.StartsWith('#')) continue;
            return text.Contains(':', StringComparison.Ordinal) && !text.StartsWith('-') ? line : previous;
        }
        return line;
    }

    /// <summary>The parser's complaint in an editor's words, with what to change.</summary>
    private static (string Message, string? Hint) Explain(YamlException ex, string yaml, int yamlLine)
    {
        var lines = yaml.Split('\n');
        var text = yamlLine >= 1 && yamlLine <= lines.Length ? lines[yamlLine - 1] : "";
        var reason = ex.Message;
        if (reason.StartsWith("Duplicate key", StringComparison.Ordinal))
        {
            return ($"the field is written twice ({reason.ToLowerInvariant()})", "keep one of the two lines");
        }
        if (lines.Any(l => l.StartsWith('\t') || l.TrimStart(' ').StartsWith('\t')) && reason.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            return ("YAML does not allow tab characters for indentation", "indent with spaces instead of tabs");
        }
        if (reason.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase) || reason.Contains("closing quote", StringComparison.OrdinalIgnoreCase))
        {
            return ("a quoted value is not closed: the \" (or ') that opens it has no partner before the next field",
                "check that every opening \" has a matching closing \" on the same value; write \\\" for a quote inside double quotes");
        }
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('-') && trimmed.Length > 1 && trimmed[1] != ' ')
        {
            return ($"`{trimmed}` is not a list item: a list item needs a space after the dash",
                $"write `- {trimmed[1..]}`");
        }
        if (reason.Contains("Block sequence entries are not allowed", StringComparison.Ordinal))
        {
            return ("a list cannot start on the same line as its field", "put each `- item` on its own line, indented under the field");
        }
        if (text.Contains(": ", StringComparison.Ordinal) && text.IndexOf(": ", StringComparison.Ordinal) != text.LastIndexOf(": ", StringComparison.Ordinal))
        {
            return ("this value contains `: `, which YAML reads as the start of another field", "put the value in quotes");
        }
        if (reason.Contains("did not find expected key", StringComparison.Ordinal)
            || reason.Contains("did not find expected '-' indicator", StringComparison.Ordinal)
            || reason.Contains("found invalid mapping", StringComparison.Ordinal))
        {
            return ("this line is not indented like the lines it belongs with",
                "line up the `- ` of list items under each other, and the fields of an entry under each other, using spaces");
        }
        return ($"the front matter cannot be read here ({reason.TrimEnd('.')})", "check the indentation and quoting of this line");
    }
}
