using System.Text;
using System.Text.Json;

namespace Archive.Bench.Corpus;

/// <summary>
/// Writes a planned corpus twice over the same Markdown bodies: <c>input/</c> in Archive's content model, and
/// <c>hugo/content/</c> with Hugo's own front matter (plain dates, taxonomy fields) for <c>bench/hugo-site</c>.
/// </summary>
internal sealed class CorpusWriter
{
    /// <summary>Marks a folder as one this tool wrote, so a later run may replace what it wrote there and nothing else.</summary>
    public const string Marker = ".bench-corpus";

    /// <summary>Written last: a corpus without it is incomplete (the runner regenerates it).</summary>
    public const string Manifest = "corpus.json";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _root;

    public CorpusWriter(string root) => _root = Path.GetFullPath(root);

    /// <summary>Refuses a folder holding anything but an earlier corpus; removes only what an earlier run wrote.</summary>
    public void Prepare()
    {
        if (Directory.Exists(_root) && Directory.EnumerateFileSystemEntries(_root).Any())
        {
            if (!File.Exists(Path.Combine(_root, Marker)))
            {
                throw new IOException($"{_root} is not empty and was not written by `corpus`; pass an empty or new folder");
            }
            foreach (var dir in new[] { "input", "hugo" }.Select(d => Path.Combine(_root, d)).Where(Directory.Exists)) Directory.Delete(dir, recursive: true);
            File.Delete(Path.Combine(_root, Manifest));
        }
        Directory.CreateDirectory(_root);
        File.WriteAllText(Path.Combine(_root, Marker), "A benchmark corpus written by bench/Archive.Bench; `corpus` may replace input/ and hugo/ here.\n", Utf8);
    }

    public CorpusStats Write(CorpusPlan plan)
    {
        var composer = new ArticleComposer(plan);
        var words = new long[plan.Articles.Count];
        Parallel.For(0, plan.Articles.Count, i =>
        {
            var article = plan.Articles[i];
            var body = composer.Compose(article);
            words[i] = body.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).LongLength;
            Save($"input/articles/{article.Id}.md", ArchiveFrontMatter.Article(article).ToBlock() + body);
            Save($"hugo/content/articles/{article.Id}.md", HugoFrontMatter.Article(article).ToBlock() + body);
        });

        foreach (var g in plan.Groups)
        {
            Save($"input/groups/{g.Id}.md", ArchiveFrontMatter.Group(g).ToBlock() + g.Body);
            Save($"hugo/content/groups/{g.Id}/_index.md", HugoFrontMatter.Group(g).ToBlock() + g.Body);
        }
        foreach (var o in plan.Offers)
        {
            Save($"input/offers/{o.Id}.md", ArchiveFrontMatter.Offer(o).ToBlock() + o.Body);
            Save($"hugo/content/offers/{o.Id}/_index.md", HugoFrontMatter.Offer(o).ToBlock() + o.Body);
        }
        foreach (var p in plan.Pages)
        {
            Save($"input/pages/{p.Id}.md", new FrontMatter().Text("title", p.Title).Text("summary", p.Summary).ToBlock() + p.Body);
            Save($"hugo/content/pages/{p.Id}.md", HugoFrontMatter.Page(p).ToBlock() + p.Body);
        }
        Save("input/site.yml", new FrontMatter()
            .Text("title", $"Benchmark Archive ({plan.Articles.Count} articles, seed {plan.Seed})")
            .Text("description", "A synthetic archive for the build benchmark: the same Markdown is built by Archive and by Hugo.")
            .Text("base_url", "https://archive.example.org/")
            .Word("language", "en")
            .Texts("editors", ["Benchmark generator"])
            .ToYaml());
        foreach (var (path, front) in HugoFrontMatter.Sections()) Save($"hugo/content/{path}", front.ToBlock());

        var stats = new CorpusStats(plan.Seed, plan.Articles.Count, plan.Groups.Count, plan.Offers.Count, plan.Pages.Count,
            words.Sum(), plan.Articles.Sum(a => a.Notes.Count), plan.Offers.Sum(o => o.Sources.Count));
        Save(Manifest, JsonSerializer.Serialize(stats, CorpusStats.JsonOptions) + "\n");
        return stats;
    }

    private void Save(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Utf8);
    }
}

/// <summary>What a corpus holds; written as <c>corpus.json</c>.</summary>
internal sealed record CorpusStats(int Seed, int Articles, int Groups, int Offers, int Pages, long BodyWords, int Notes, int OfferSources)
{
    public static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
}
