using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Archive.Bench.Corpus;

/// <summary>
/// An ordered YAML mapping written between <c>---</c> lines by YamlDotNet's emitter (which does the quoting), so
/// the front matter is valid YAML whatever the text holds and keeps its keys in the order they were added.
/// Free text and dates are double-quoted (an EDTF date such as <c>2006-03?</c> must stay a string); ids and
/// enumerations are plain.
/// </summary>
internal sealed class FrontMatter
{
    private readonly List<(string Key, object Value)> _entries = [];

    /// <summary>A value written without quotes: ids, enum values, Hugo dates.</summary>
    public sealed record Plain(string Value);

    public FrontMatter Text(string key, string? value)
    {
        if (value is not null) _entries.Add((key, value));
        return this;
    }

    public FrontMatter Word(string key, string? value)
    {
        if (value is not null) _entries.Add((key, new Plain(value)));
        return this;
    }

    public FrontMatter Texts(string key, IReadOnlyList<string> values)
    {
        if (values.Count > 0) _entries.Add((key, values.Cast<object>().ToList()));
        return this;
    }

    public FrontMatter Words(string key, IReadOnlyList<string> values)
    {
        if (values.Count > 0) _entries.Add((key, values.Select(v => (object)new Plain(v)).ToList()));
        return this;
    }

    public FrontMatter Mappings(string key, IReadOnlyList<FrontMatter> values)
    {
        if (values.Count > 0) _entries.Add((key, values.Cast<object>().ToList()));
        return this;
    }

    public FrontMatter Map(string key, FrontMatter value)
    {
        _entries.Add((key, value));
        return this;
    }

    /// <summary>The mapping as a YAML document of its own (for <c>site.yml</c>).</summary>
    public string ToYaml()
    {
        var writer = new StringWriter { NewLine = "\n" };
        var emitter = new Emitter(writer, 2, int.MaxValue, false);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        Emit(emitter, this);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return writer.ToString().Replace("\r\n", "\n");
    }

    /// <summary>The block with its two <c>---</c> lines and a blank line after it, ready to prepend to a body.</summary>
    public string ToBlock()
    {
        return "---\n" + ToYaml() + "---\n\n";
    }

    private static void Emit(IEmitter emitter, object value)
    {
        switch (value)
        {
            case FrontMatter map:
                emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block));
                foreach (var (key, v) in map._entries)
                {
                    emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, key, ScalarStyle.Plain, true, false));
                    Emit(emitter, v);
                }
                emitter.Emit(new MappingEnd());
                break;
            case List<object> list:
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block));
                foreach (var item in list) Emit(emitter, item);
                emitter.Emit(new SequenceEnd());
                break;
            case Plain plain:
                emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, plain.Value, ScalarStyle.Plain, true, false));
                break;
            case string text:
                emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, text, ScalarStyle.DoubleQuoted, false, true));
                break;
            default:
                throw new ArgumentException($"cannot write {value.GetType().Name} as front matter");
        }
    }
}
