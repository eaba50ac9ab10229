using Archive.Content;
using Archive.Diagnostics;
using Archive.Linking;
using Archive.Markdown;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Content;

/// <summary>
/// Feeds many random mutations of valid files through the whole pipeline (without writing): whatever an editor's
/// typo or a bad merge does to a file, the build must end in success or in diagnostics, never in an exception.
/// </summary>
public sealed class MutationTests
{
    // Loading and linking take milliseconds, rendering a whole site far longer: every mutation is loaded and
    // linked, every twentieth also rendered and checked, which keeps the test near half a minute.
    private const int Mutations = 3000;
    private const int RenderEvery = 20;

    private static readonly string[] Fragments =
    [
        "---", ":", "- ", "  ", "\t", "\"", "'", "{", "}", "[", "]", "#", "&a", "*a", "!!", "%", "?", "~", "..", "/",
        "\u00e9", "\u0000", "\r\n", "<script>", "{group=", "]{note=\"", "2006-02-30", "resistance-front", "kind: x", "\uFEFF",
    ];

    [Fact]
    public void Build_RandomMutations_NeverThrows()
    {
        var random = new Random(20061021);
        var valid = ValidSite.Files();
        var targets = valid.Keys.Where(k => k.EndsWith(".md", StringComparison.Ordinal) || k.EndsWith(".yml", StringComparison.Ordinal)).Order().ToArray();
        using var site = TestSite.Valid();
        var failures = new List<string>();
        var markdown = new ArchiveMarkdown();

        for (var i = 0; i < Mutations; i++)
        {
            var file = targets[random.Next(targets.Length)];
            var mutated = Mutate(valid[file], random);
            site.Write(file, mutated);
            try
            {
                if (i % RenderEvery == 0)
                {
                    var result = site.Check();
                    Assert.True(result.Succeeded || result.Diagnostics.Any(d => d.IsError));
                }
                else
                {
                    var diagnostics = new DiagnosticBag();
                    var content = new ContentLoader(markdown).Load(site.Root, diagnostics);
                    new SiteLinker().Link(content, includeDrafts: false, diagnostics);
                }
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                failures.Add($"#{i} {file}: {ex}\n--- file ---\n{mutated}");
                if (failures.Count >= 3) break;
            }
            site.Write(file, valid[file]);
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    private static string Mutate(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var times = 1 + random.Next(3);
        for (var t = 0; t < times && lines.Count > 0; t++)
        {
            var i = random.Next(lines.Count);
            switch (random.Next(7))
            {
                case 0: lines.RemoveAt(i); break;
                case 1: lines.Insert(i, lines[random.Next(lines.Count)]); break;
                case 2:
                    var j = random.Next(lines.Count);
                    (lines[i], lines[j]) = (lines[j], lines[i]);
                    break;
                case 3:
                    var at = random.Next(lines[i].Length + 1);
                    lines[i] = lines[i].Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 4:
                    if (lines[i].Length > 0) lines[i] = lines[i].Remove(random.Next(lines[i].Length), 1);
                    break;
                case 5: lines = lines.Take(i).ToList(); break;
                default: lines[i] = new string(lines[i].Reverse().ToArray()); break;
            }
        }
        return string.Join('\n', lines);
    }
}
