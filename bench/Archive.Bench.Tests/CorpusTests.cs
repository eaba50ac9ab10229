using System.Security.Cryptography;
using System.Text;
using Archive.Bench.Corpus;

namespace Archive.Bench.Tests;

public sealed class CorpusTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("bench-corpus-test-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string name, int articles, int seed)
    {
        var dir = Path.Combine(_root, name);
        var writer = new CorpusWriter(dir);
        writer.Prepare();
        writer.Write(CorpusPlan.Make(articles, seed));
        return dir;
    }

    private static SortedDictionary<string, string> Hashes(string dir) => new(
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(dir, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);

    [Fact]
    public void Corpus_SameSeedTwice_SameBytes()
    {
        var a = Hashes(Write("a", 120, 7));
        var b = Hashes(Write("b", 120, 7));
        Assert.Equal(a, b);
        Assert.True(a.Count > 250);
    }

    [Fact]
    public void Corpus_OtherSeed_OtherText()
    {
        var a = Hashes(Write("a", 60, 1));
        var b = Hashes(Write("b", 60, 2));
        Assert.NotEqual(a.Values.Order(), b.Values.Order());
    }

    [Fact]
    public void Corpus_HugoCopy_HasTheSameBodies()
    {
        var dir = Write("c", 80, 3);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(dir, "input", "articles")))
        {
            var hugo = Path.Combine(dir, "hugo", "content", "articles", Path.GetFileName(file));
            Assert.Equal(Body(File.ReadAllText(file)), Body(File.ReadAllText(hugo)));
        }
    }

    [Fact]
    public void Corpus_EveryOfferQuote_OccursOnceInItsArticle()
    {
        var dir = Write("d", 200, 4);
        var quotes = 0;
        foreach (var offer in Directory.EnumerateFiles(Path.Combine(dir, "input", "offers")))
        {
            var lines = File.ReadAllLines(offer);
            for (var i = 0; i < lines.Length; i++)
            {
                if (!lines[i].StartsWith("- article: ", StringComparison.Ordinal)) continue;
                var article = lines[i]["- article: ".Length..];
                var quote = lines[i + 1].Trim()["quote: \"".Length..^1];
                var body = Visible(Body(File.ReadAllText(Path.Combine(dir, "input", "articles", article + ".md"))));
                Assert.Equal(1, Occurrences(body, quote));
                quotes++;
            }
        }
        Assert.True(quotes >= 10, $"only {quotes} quotes");
    }

    [Fact]
    public void Prepare_FolderWithOtherFiles_Refuses()
    {
        var dir = Path.Combine(_root, "other");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "notes.txt"), "mine");
        Assert.Throws<IOException>(() => new CorpusWriter(dir).Prepare());
        Assert.Equal("mine", File.ReadAllText(Path.Combine(dir, "notes.txt")));
    }

    private static string Body(string file) => file[(file.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];

    // The quote sentences carry no markup, so removing emphasis and link syntax is enough to see what a reader sees.
    private static string Visible(string markdown)
    {
        var sb = new StringBuilder();
        foreach (var line in markdown.Split('\n')) sb.Append(line.TrimStart('>', ' ', '#', '-')).Append(' ');
        return string.Join(' ', sb.ToString().Replace("*", "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static int Occurrences(string text, string quote)
    {
        var n = 0;
        for (var i = text.IndexOf(quote, StringComparison.Ordinal); i >= 0; i = text.IndexOf(quote, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }
}
