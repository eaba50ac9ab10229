namespace Archive.Bench.Corpus;

/// <summary>
/// One piece of running text in two forms: the Markdown written to the file and the text a reader sees (what
/// Archive checks quotes against). <see cref="IsPlain"/> is true when the two are the same words with no markup
/// and no group name, so a note may quote any part of it.
/// </summary>
internal sealed record Text(string Markdown, string Visible, bool IsPlain)
{
    public int WordCount => Visible.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    public static Text Plain(string words) => new(words, words, true);
}
