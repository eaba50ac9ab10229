using System.Text;

namespace Archive.Bench.Corpus;

/// <summary>
/// Makes English-looking news prose from <see cref="Vocabulary"/> with a tiny phrase grammar. Every draw comes from
/// the <see cref="Rng"/> it is given, so the same seed gives the same text.
/// </summary>
internal sealed class TextGenerator
{
    private readonly Rng _rng;

    public TextGenerator(Rng rng) => _rng = rng;

    public Rng Rng => _rng;

    public string Pick(IReadOnlyList<string> words) => _rng.Pick(words);

    /// <summary>"the fragile truce", "a senior envoy".</summary>
    public string NounPhrase()
    {
        var sb = new StringBuilder(Pick(Vocabulary.Determiners));
        if (sb.ToString() == "a" && _rng.Chance(0.5)) sb.Clear().Append("the");
        var adjective = _rng.Chance(0.45) ? Pick(Vocabulary.Adjectives) : null;
        var noun = Pick(Vocabulary.Nouns);
        if (sb.ToString() == "a" && StartsWithVowel(adjective ?? noun)) sb.Append('n');
        if (adjective is not null) sb.Append(' ').Append(adjective);
        return sb.Append(' ').Append(noun).ToString();
    }

    public string PrepositionalPhrase() =>
        _rng.Chance(0.35) ? $"{Pick(Vocabulary.Prepositions)} {Pick(Vocabulary.Places)}" : $"{Pick(Vocabulary.Prepositions)} {NounPhrase()}";

    /// <summary>A sentence's words without the final full stop; <paramref name="subject"/> replaces the drawn subject (a group name).</summary>
    public string Clause(string? subject = null)
    {
        var sb = new StringBuilder(subject ?? NounPhrase());
        if (_rng.Chance(0.15)) sb.Append(' ').Append(Pick(Vocabulary.Adverbs));
        sb.Append(' ').Append(Pick(Vocabulary.TransitiveVerbs)).Append(' ').Append(NounPhrase());
        if (_rng.Chance(0.6)) sb.Append(' ').Append(PrepositionalPhrase());
        if (_rng.Chance(0.25)) sb.Append(' ').Append(PrepositionalPhrase());
        return sb.ToString();
    }

    /// <summary>A whole plain sentence, capitalised, with a full stop: 8 to about 30 words.</summary>
    public string Sentence(string? subject = null)
    {
        var sb = new StringBuilder(Clause(subject));
        if (_rng.Chance(0.25)) sb.Append(", ").Append(Pick(Vocabulary.Connectives)).Append(' ').Append(Clause());
        if (_rng.Chance(0.15))
        {
            var speaker = _rng.Chance(0.5) ? $"{Pick(Vocabulary.Determiners)} {Pick(Vocabulary.Nouns)}" : Person();
            sb.Append(", ").Append(speaker).Append(' ').Append(Pick(Vocabulary.SpeechVerbs));
        }
        return Capitalise(sb.ToString()) + ".";
    }

    /// <summary>A short sentence for a list item, without a full stop.</summary>
    public string ListItem() => Capitalise(_rng.Chance(0.5) ? Clause() : $"{NounPhrase()} {PrepositionalPhrase()}");

    public string Person() => $"{Pick(Vocabulary.FirstNames)} {Pick(Vocabulary.LastNames)}";

    /// <summary>Title-case words for a heading: "Fragile truce in Diyala".</summary>
    public string Heading()
    {
        var head = _rng.Chance(0.5) ? $"{Pick(Vocabulary.Adjectives)} {Pick(Vocabulary.Nouns)}" : Pick(Vocabulary.Nouns);
        var tail = _rng.Chance(0.6) ? $" {Pick(Vocabulary.Prepositions)} {Pick(Vocabulary.Places)}" : $" and {Pick(Vocabulary.Nouns)}";
        return Capitalise(head + tail);
    }

    /// <summary>A few plain sentences as one line of text.</summary>
    public string Sentences(int min, int max, string? subject = null)
    {
        var n = _rng.Between(min, max);
        var parts = new List<string>(n);
        for (var i = 0; i < n; i++) parts.Add(Sentence(i == 0 ? subject : null));
        return string.Join(" ", parts);
    }

    public static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    public static string Lower(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];

    private static bool StartsWithVowel(string word) => word.Length > 0 && "aeiou".Contains(word[0]);
}
