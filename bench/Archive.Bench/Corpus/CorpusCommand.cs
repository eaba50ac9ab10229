using System.CommandLine;
using System.Diagnostics;
using System.Globalization;

namespace Archive.Bench.Corpus;

/// <summary><c>corpus --articles N --seed S --out DIR</c>: writes DIR/input (Archive) and DIR/hugo/content (Hugo).</summary>
internal static class CorpusCommand
{
    public static Command Create()
    {
        var articles = new Option<int>("--articles", "-n") { Description = "How many articles.", Required = true };
        var seed = new Option<int>("--seed") { Description = "The seed: the same seed writes the same bytes.", DefaultValueFactory = _ => 1 };
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "The folder to write (new, empty, or an earlier corpus).", Required = true };
        var command = new Command("corpus", "Write a synthetic archive (input/) and Hugo's copy of it (hugo/content/).") { articles, seed, output };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(articles);
            if (n < 1)
            {
                Console.Error.WriteLine("error: --articles must be at least 1");
                return 2;
            }
            var dir = parse.GetValue(output)!.FullName;
            var clock = Stopwatch.StartNew();
            var writer = new CorpusWriter(dir);
            try
            {
                writer.Prepare();
            }
            catch (IOException ex)
            {
                Console.Error.WriteLine($"error: {ex.Message}");
                return 2;
            }
            var plan = CorpusPlan.Make(n, parse.GetValue(seed));
            var stats = writer.Write(plan);
            var s = clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
            Console.WriteLine($"Wrote {stats.Articles} articles, {stats.Groups} groups, {stats.Offers} offers ({stats.OfferSources} quoted sources, {stats.Notes} notes) and {stats.Pages} pages into {dir} in {s} s.");
            return 0;
        });
        return command;
    }
}
