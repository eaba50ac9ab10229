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
            var line = (int)ex.Start.Line + firstLine - 1;
            var column = (int)ex.Start.Column;
            var (message, hint) = Explain(ex, yaml, (int)ex.Start.Line);
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
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner can fail this way on some malformed plain scalars instead of raising a
            // YamlException; the input is still the editor's to fix, so it is a diagnostic, not a crash.
            diagnostics.Error(DiagnosticCodes.YamlSyntax, file, firstLine, 1, $"invalid YAML: the parser stopped ({ex.Message})",
                "check the quoting of values containing : # ' \" [ ] { } and that indentation uses spaces");
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
            return ($"a quoted value is not closed: {reason}", "check that every opening \" has a matching closing \" on the same value; write \\\" for a quote inside double quotes");
        }
        if (text.Contains(": ", StringComparison.Ordinal) && text.IndexOf(": ", StringComparison.Ordinal) != text.LastIndexOf(": ", StringComparison.Ordinal))
        {
            return ($"invalid YAML: {reason}", "a value containing `: ` must be put in quotes");
        }
        return ($"invalid YAML: {reason}", "check the indentation and quoting of this line");
    }
}
