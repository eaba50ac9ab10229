using Archive.Content.Dates;
using Archive.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Archive.Content;

/// <summary>
/// Reads the fields of one YAML mapping into typed values, reporting every problem with its line.
/// Fields that are asked for are remembered, so whatever is left over can be reported as unknown
/// (which is how a typo such as <c>grops:</c> gets caught) without a second list of field names.
/// </summary>
internal sealed class FieldReader
{
    private readonly YamlMappingNode _map;
    private readonly string _file;
    private readonly int _lineOffset;
    private readonly DiagnosticBag _diagnostics;
    private readonly string _what;
    private readonly HashSet<string> _asked = new(StringComparer.Ordinal);
    private readonly SharedStrings? _shared;

    /// <param name="shared">Where the values that records repeat are shared for the whole load (ids, sources, names);
    /// null keeps every value as read.</param>
    public FieldReader(YamlMappingNode map, string file, int lineOffset, DiagnosticBag diagnostics, string what, SharedStrings? shared = null)
    {
        _shared = shared;
        _map = map;
        _file = file;
        _lineOffset = lineOffset;
        _diagnostics = diagnostics;
        _what = what;
    }

    public string File => _file;

    public SourceSpan Start => At(_map);

    public SourceSpan At(YamlNode node) => new(_file, (int)node.Start.Line + _lineOffset, (int)node.Start.Column);

    /// <summary>Where the value of <paramref name="key"/> is written, or where the key is when it has none.</summary>
    public SourceSpan ValueAt(string key) =>
        _map.Children.FirstOrDefault(p => p.Key is YamlScalarNode s && s.Value == key) is { Key: not null } pair ? At(pair.Value) : KeyAt(key);

    /// <summary>Where the key is written, or the start of the mapping when the key is absent.</summary>
    public SourceSpan KeyAt(string key) =>
        _map.Children.Keys.FirstOrDefault(k => k is YamlScalarNode s && s.Value == key) is { } node ? At(node) : Start;

    private YamlNode? Find(string key)
    {
        _asked.Add(key);
        foreach (var (k, v) in _map.Children)
        {
            if (k is YamlScalarNode s && s.Value == key) return v;
        }
        return null;
    }

    private void Error(string code, SourceSpan at, string message, string? hint = null) =>
        _diagnostics.Error(code, at.File, at.Line, at.Column, message, hint);

    private YamlNode? Present(string key, bool required, string example)
    {
        var node = Find(key);
        if (node is null || IsNull(node))
        {
            if (required)
            {
                Error(DiagnosticCodes.RequiredFieldMissing, node is null ? Start : At(node),
                    $"{_what} is missing the required field `{key}`", $"add a line such as `{key}: {example}`");
            }
            return null;
        }
        return node;
    }

    // `key:` with nothing after it, or an explicit null, means the same as leaving the key out.
    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    private string? Scalar(YamlNode node, string key, string expected)
    {
        // Every typed field passes through here, so a scaffold's <<placeholder>> is caught whatever the field's type.
        if (node is YamlScalarNode scalar) return scalar.Value is { } v ? CheckPlaceholder(v, node, key) : string.Empty;
        Error(DiagnosticCodes.WrongType, At(node), $"`{key}` must be {expected}, not a {Describe(node)}",
            node is YamlSequenceNode ? "write a single value on the same line as the key" : null);
        return null;
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "mapping",
        _ => "value",
    };

    private string? CheckPlaceholder(string value, YamlNode node, string key)
    {
        if (value.Contains("<<", StringComparison.Ordinal) && value.Contains(">>", StringComparison.Ordinal))
        {
            Error(DiagnosticCodes.PlaceholderLeft, At(node), $"`{key}` still holds the placeholder `{value.Trim()}`",
                "replace the text between << and >> with the real value");
            return null;
        }
        return value;
    }

    /// <summary>A text value; blank text counts as missing.</summary>
    /// <param name="maxLength">The most characters accepted, for values copied onto every page; null for no limit.</param>
    public string? String(string key, bool required = false, string example = "…", int? maxLength = null)
    {
        var node = Present(key, required, example);
        if (node is null) return null;
        var value = Scalar(node, key, "text");
        if (value is null) return null;
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) Error(DiagnosticCodes.EmptyValue, At(node), $"`{key}` is empty", $"write the {key} after `{key}:`");
            return null;
        }
        value = value.Trim();
        if (value.Length > maxLength)
        {
            Error(DiagnosticCodes.ValueTooLong, At(node),
                $"`{key}` is {value.Length:N0} characters long; it is printed on every page, so it may be at most {maxLength:N0}",
                "shorten it, and put the longer text on a page under input/pages/");
            return null;
        }
        return Directional(value, node, key) ? Shared(value) : null;
    }

    private string Shared(string value) => _shared?.Share(value) ?? value;

    /// <summary>
    /// Rejects text whose invisible direction controls (U+202A–U+202E, U+2066–U+2069) are not closed: an open
    /// right-to-left override reverses whatever the page prints after the value, which readers cannot see is wrong.
    /// </summary>
    private bool Directional(string value, YamlNode node, string key)
    {
        var (embeddings, isolates) = (0, 0);
        char? opened = null;
        foreach (var c in value)
        {
            switch (c)
            {
                case >= '\u202A' and <= '\u202E' when c != '\u202C':
                    embeddings++;
                    opened ??= c;
                    break;
                case '\u202C':
                    embeddings = Math.Max(0, embeddings - 1);
                    break;
                case >= '\u2066' and <= '\u2068':
                    isolates++;
                    opened ??= c;
                    break;
                case '\u2069':
                    isolates = Math.Max(0, isolates - 1);
                    break;
            }
        }
        if (embeddings == 0 && isolates == 0) return true;
        Error(DiagnosticCodes.UnbalancedDirection, At(node),
            $"`{key}` holds an invisible direction control (U+{(int)opened!.Value:X4}) that is never closed; it would reverse the text printed after it on every page",
            "delete the invisible character (retype the value), or close it with U+202C (after U+202A–U+202E) or U+2069 (after U+2066–U+2068)");
        return false;
    }

    /// <summary>A list of texts; a single value is accepted as a one-item list (unless it looks like a list written as text).</summary>
    public IReadOnlyList<string> StringList(string key, bool required = false, string example = "[…]")
    {
        var node = Present(key, required, example);
        if (node is null) return [];
        if (node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: { } dashed } && dashed.StartsWith('-') && !dashed.StartsWith("- ", StringComparison.Ordinal))
        {
            Error(DiagnosticCodes.WrongType, KeyAt(key), $"`{key}` holds `{dashed}`, which is not a list item: a list item needs a space after the dash",
                $"write `- {dashed[1..].Trim()}` on its own line under `{key}:`");
            return [];
        }
        // `authors: Jane Reporter, John Smith` is one text to YAML; quoting it ("Smith, John") says it really is one.
        if (node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: { } plain } && plain.Contains(',', StringComparison.Ordinal))
        {
            ListWrittenAsText(node, key, plain.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), quoteItems: true);
            return [];
        }
        var items = new List<string>();
        foreach (var item in Items(node))
        {
            var value = Scalar(item, key, "a list of texts");
            if (string.IsNullOrWhiteSpace(value))
            {
                if (value is not null) Error(DiagnosticCodes.EmptyValue, At(item), $"`{key}` has an empty item", "remove the empty `-` line");
                continue;
            }
            items.Add(Shared(value.Trim()));
        }
        if (required && items.Count == 0 && node is YamlSequenceNode { Children.Count: 0 })
        {
            Error(DiagnosticCodes.RequiredFieldMissing, At(node), $"`{key}` needs at least one item", $"add a line `  - …` under `{key}:`");
        }
        return items;
    }

    /// <summary>Reports a list written on one line as a single text, showing the list form the editor meant.</summary>
    private void ListWrittenAsText(YamlNode node, string key, IReadOnlyList<string> items, bool quoteItems)
    {
        const string indent = "  ";
        var lines = string.Join("\n", items.Select(i => $"{indent}- {(quoteItems ? "\"" + i.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"" : i)}"));
        Error(DiagnosticCodes.WrongType, At(node),
            $"`{key}` must be a list, one item per line; `{((YamlScalarNode)node).Value}` is written as a single text",
            $"write it as a list:\n{key}:\n{lines}" + (quoteItems ? $"\n(or, if it really is one item, put it in quotes: {key}: \"{((YamlScalarNode)node).Value}\")" : ""));
    }

    private static IEnumerable<YamlNode> Items(YamlNode node) =>
        node is YamlSequenceNode seq ? seq.Children : [node];

    /// <summary>One value out of a closed list, written as its code (see <see cref="Codes"/>).</summary>
    public T? Enum<T>(string key, bool required = false) where T : struct, System.Enum
    {
        var allowed = Codes.All<T>();
        var node = Present(key, required, allowed[0]);
        if (node is null) return null;
        var value = Scalar(node, key, "one of " + string.Join(", ", allowed));
        if (value is null) return null;
        value = value.Trim();
        if (Codes.TryParse<T>(value, out var parsed)) return parsed;
        Error(DiagnosticCodes.InvalidEnumValue, At(node), $"`{value}` is not a valid `{key}`; use one of: {string.Join(", ", allowed)}",
            Suggestions.DidYouMean(value, allowed));
        return null;
    }

    public bool Bool(string key, bool fallback = false)
    {
        var node = Present(key, false, "true");
        if (node is null) return fallback;
        var value = Scalar(node, key, "true or false");
        switch (value?.Trim().ToLowerInvariant())
        {
            case "true" or "yes": return true;
            case "false" or "no": return false;
            case null: return fallback;
            default:
                Error(DiagnosticCodes.WrongType, At(node), $"`{key}` must be true or false, not `{value}`");
                return fallback;
        }
    }

    public EdtfDate? Date(string key, bool required = false) =>
        Present(key, required, "2006-05-06") is { } node ? DateValue(node, key) : null;

    private EdtfDate? DateValue(YamlNode node, string key)
    {
        var value = Scalar(node, key, "a date");
        if (value is null) return null;
        if (EdtfDate.TryParse(value, out var date, out var error)) return date;
        Error(DiagnosticCodes.InvalidDate, At(node), $"`{key}`: {error}",
            "dates are EDTF: 2006, 2006-03 or 2006-03-01, optionally followed by ? (uncertain), ~ (approximate) or % (both); intervals as 2006-01-16/2006-02-28");
        return null;
    }

    /// <summary>An absolute http(s) URL.</summary>
    public string? Url(string key, bool required = false)
    {
        var node = Present(key, required, "https://…");
        if (node is null) return null;
        var value = Scalar(node, key, "a URL")?.Trim();
        if (value is null) return null;
        // Characters a URL cannot hold unencoded: they end an attribute or a tag where the URL is printed.
        if (value.FirstOrDefault(c => char.IsWhiteSpace(c) || char.IsControl(c) || "\"<>\\^`{|}".Contains(c)) is var bad and not '\0')
        {
            var shown = char.IsWhiteSpace(bad) || char.IsControl(bad) ? $"U+{(int)bad:X4}" : bad.ToString();
            Error(DiagnosticCodes.InvalidUrl, At(node), $"`{key}`: the address contains `{shown}`, which a URL cannot hold as it is",
                $"check that the address was pasted whole; write the character percent-encoded (%{(int)bad:X2})");
            return null;
        }
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0)
        {
            return value;
        }
        var hint = value.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? $"write `https://{value}`" : "write the full address starting with https://";
        Error(DiagnosticCodes.InvalidUrl, At(node), $"`{key}`: `{value}` is not an absolute http(s) URL", hint);
        return null;
    }

    /// <summary>A BCP 47 language tag such as <c>en</c>, <c>ar</c> or <c>en-GB</c>.</summary>
    public string? Language(string key, string fallback)
    {
        var node = Present(key, false, fallback);
        if (node is null) return fallback;
        var value = Scalar(node, key, "a language tag")?.Trim();
        if (value is null) return fallback;
        if (IsLanguageTag(value)) return value;
        Error(DiagnosticCodes.InvalidLanguageTag, At(node), $"`{value}` is not a BCP 47 language tag",
            "use a tag such as `en`, `ar` or `en-GB`");
        return fallback;
    }

    private static bool IsLanguageTag(string value)
    {
        var parts = value.Split('-');
        if (parts[0].Length is < 2 or > 3 || !parts[0].All(char.IsAsciiLetterLower)) return false;
        return parts.Skip(1).All(p => p.Length is >= 2 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
    }

    /// <summary>A list of record ids.</summary>
    public IReadOnlyList<Ref> Refs(string key, bool required = false, string example = "[some-id]")
    {
        var node = Present(key, required, example);
        if (node is null) return [];
        if (node is YamlScalarNode { Value: { } text } && (text.Contains(',', StringComparison.Ordinal) || text.Trim().Contains(' ', StringComparison.Ordinal)))
        {
            var ids = text.Split([',', ' '], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (ids.All(RecordId.IsValid))
            {
                ListWrittenAsText(node, key, ids, quoteItems: false);
                return [];
            }
        }
        var refs = new List<Ref>();
        foreach (var item in Items(node))
        {
            if (RefValue(item, key) is { } r) refs.Add(r);
        }
        if (required && refs.Count == 0 && node is YamlSequenceNode { Children.Count: 0 })
        {
            Error(DiagnosticCodes.RequiredFieldMissing, At(node), $"`{key}` needs at least one id", $"add a line `  - some-id` under `{key}:`");
        }
        return refs;
    }

    /// <summary>A single record id.</summary>
    public Ref? Ref(string key, bool required = false) =>
        Present(key, required, "some-id") is { } node ? RefValue(node, key) : null;

    private Ref? RefValue(YamlNode node, string key)
    {
        var value = Scalar(node, key, "an id")?.Trim();
        if (value is null) return null;
        if (RecordId.IsValid(value)) return new Ref(Shared(value), At(node));
        if (value.StartsWith('-') && RecordId.IsValid(value[1..].Trim()))
        {
            Error(DiagnosticCodes.InvalidId, At(node), $"`{value}` in `{key}` is not a list item: a list item needs a space after the dash",
                $"write `- {value[1..].Trim()}`");
            return null;
        }
        Error(DiagnosticCodes.InvalidId, At(node), $"`{value}` in `{key}` is not a valid id: {RecordId.Problem(value)}",
            $"ids are file names without .md, e.g. `{RecordId.Suggest(value)}`");
        return null;
    }

    /// <summary>A list of mappings, each read by its own reader (so unknown keys inside are caught too).</summary>
    public IReadOnlyList<FieldReader> Mappings(string key, bool required = false, string example = "…")
    {
        var node = Present(key, required, example);
        if (node is null) return [];
        if (node is not YamlSequenceNode seq)
        {
            Error(DiagnosticCodes.WrongType, At(node), $"`{key}` must be a list of entries, each starting with `- `");
            return [];
        }
        var readers = new List<FieldReader>();
        foreach (var item in seq.Children)
        {
            if (item is YamlMappingNode map)
            {
                readers.Add(new FieldReader(map, _file, _lineOffset, _diagnostics, $"an entry of `{key}`", _shared));
            }
            else
            {
                Error(DiagnosticCodes.WrongType, At(item), $"each entry of `{key}` must be a set of fields (such as `{example}`), not a single value");
            }
        }
        if (required && readers.Count == 0 && seq.Children.Count == 0)
        {
            Error(DiagnosticCodes.RequiredFieldMissing, At(node), $"`{key}` needs at least one entry");
        }
        return readers;
    }

    /// <summary>
    /// A list whose items are each either an id or a set of fields (a claim such as <c>{group: x, certainty: believed}</c>):
    /// an id comes back as a <see cref="Content.Ref"/>, a set of fields as its own reader (so unknown keys inside are caught).
    /// A single id on the key's line is a one-item list, as in <see cref="Refs"/>.
    /// </summary>
    public IReadOnlyList<(Ref? Id, FieldReader? Fields)> IdsOrMappings(string key, bool required = false, string example = "[some-id]")
    {
        var node = Present(key, required, example);
        if (node is null) return [];
        var items = new List<(Ref?, FieldReader?)>();
        IEnumerable<YamlNode> entries = node is YamlMappingNode ? [node] : Items(node);
        foreach (var item in entries)
        {
            if (item is YamlMappingNode map) items.Add((null, new FieldReader(map, _file, _lineOffset, _diagnostics, $"an entry of `{key}`", _shared)));
            else if (RefValue(item, key) is { } r) items.Add((r, null));
        }
        if (required && items.Count == 0 && node is YamlSequenceNode { Children.Count: 0 })
        {
            Error(DiagnosticCodes.RequiredFieldMissing, At(node), $"`{key}` needs at least one id", $"add a line `  - some-id` under `{key}:`");
        }
        return items;
    }

    /// <summary>A set of <c>name: value</c> lines under one key (such as <c>identifiers:</c>), in the order written.</summary>
    public IReadOnlyList<(string Name, SourceSpan NameAt, string Value, SourceSpan ValueAt)> NamedValues(string key, string example = "name: value")
    {
        var node = Present(key, false, example);
        if (node is null) return [];
        if (node is not YamlMappingNode map)
        {
            Error(DiagnosticCodes.WrongType, At(node), $"`{key}` must be a set of `name: value` lines, not a {Describe(node)}",
                $"write each on its own indented line under `{key}:`, e.g. `  {example}`");
            return [];
        }
        var values = new List<(string, SourceSpan, string, SourceSpan)>();
        foreach (var (k, v) in map.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? k.ToString();
            var value = IsNull(v) ? "" : Scalar(v, name, "a single value");
            if (value is null) continue;
            if (string.IsNullOrWhiteSpace(value))
            {
                Error(DiagnosticCodes.EmptyValue, At(k), $"`{name}` in `{key}` is empty", $"write the value after `{name}:` or remove the line");
                continue;
            }
            values.Add((name, At(k), value.Trim(), At(v)));
        }
        return values;
    }

    /// <summary>Whether the field is written at all, even with no value; unlike the readers, this does not count as asking for it.</summary>
    public bool Has(string key) => _map.Children.Keys.Any(k => k is YamlScalarNode s && s.Value == key);

    /// <summary>Reports a problem that the typed readers cannot see, such as two fields that must go together.</summary>
    public void Report(string code, SourceSpan at, string message, string? hint = null) => Error(code, at, message, hint);

    /// <summary>Reports a problem that does not stop the build.</summary>
    public void Warn(string code, SourceSpan at, string message, string? hint = null) =>
        _diagnostics.Warning(code, at.File, at.Line, at.Column, message, hint);

    /// <summary>Reports every key that no reader asked for.</summary>
    public void ReportUnknownFields()
    {
        foreach (var key in _map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? key.ToString();
            if (_asked.Contains(name)) continue;
            var hint = Suggestions.DidYouMean(name, _asked) ?? $"the fields allowed here are: {string.Join(", ", _asked.Order(StringComparer.Ordinal))}";
            Error(DiagnosticCodes.UnknownField, At(key), $"unknown field `{name}` in {_what}", hint);
        }
    }
}
