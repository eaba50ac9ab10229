using Archive.Content;
using Archive.Diagnostics;
using Archive.Linking;
using Archive.Markdown;
using Archive.Tests.Infrastructure;

namespace Archive.Tests.Content;

/// <summary>
/// Feeds many random mutations of valid files through the whole pipeline (without writing): whatever an editor's
/// typo or a bad merge does to a file, the build must end, within a bound, in success or in diagnostics that each
/// name an input file and a line inside it; never in an exception.
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
        "\u202E", "<svg><a><animate attributeName=href values=javascript:alert(1)>", "<plaintext>", "](javascript:x)",
        string.Concat(Enumerable.Repeat("> ", 130)), string.Concat(Enumerable.Repeat("[", 210)), string.Concat(Enumerable.Repeat("<div>", 600)),
    ];

    /// <summary>How long one mutated build may take: far above the milliseconds it needs, far below a hang.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Build_RandomMutations_EndInPlacedDiagnosticsWithinABound()
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
            var render = i % RenderEvery == 0;
            var run = Task.Run(() =>
            {
                if (render) return site.Check().Diagnostics;
                var diagnostics = new DiagnosticBag();
                var content = new ContentLoader(markdown).Load(site.Root, diagnostics);
                new SiteLinker().Link(content, includeDrafts: false, diagnostics);
                return diagnostics.ToSortedList();
            });
            try
            {
                var diagnostics = await run.WaitAsync(Bound);
                failures.AddRange(Misplaced(site, diagnostics).Select(problem => $"#{i} {file}: {problem}\n--- file ---\n{mutated}"));
            }
            catch (TimeoutException)
            {
                failures.Add($"#{i} {file}: the build did not finish within {Bound.TotalSeconds} s\n--- file ---\n{mutated}");
                break;
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                failures.Add($"#{i} {file}: {ex}\n--- file ---\n{mutated}");
            }
            if (failures.Count >= 3) break;
            site.Write(file, valid[file]);
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    /// <summary>
    /// Every diagnostic that does not point where an editor can look: an input file that exists and a line inside it
    /// (line 0 only for problems with the file as a whole), or a built page.
    /// </summary>
    private static IEnumerable<string> Misplaced(TestSite site, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            if (d.File.StartsWith("output/", StringComparison.Ordinal)) continue;
            var path = site.PathOf(d.File);
            if (!d.File.StartsWith("input/", StringComparison.Ordinal) || !File.Exists(path))
            {
                yield return $"names no input file: {d}";
                continue;
            }
            var lines = File.ReadAllText(path).Split('\n').Length;
            if (d.Line < 0 || d.Line > lines) yield return $"line {d.Line} is outside the file's {lines} lines: {d}";
            else if (d.Line == 0 && !WholeFileCodes.Contains(d.Code)) yield return $"names no line: {d}";
        }
    }

    // Problems with a file as a whole (its name, size, kind or encoding), for which no line is meaningful.
    private static readonly string[] WholeFileCodes =
    [
        DiagnosticCodes.InvalidId, DiagnosticCodes.UnreadableFile, DiagnosticCodes.DuplicateId, DiagnosticCodes.UrlCollision,
        DiagnosticCodes.LinkLeavesInput,
    ];

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
