using System.CommandLine;
using Archive.Bench.Corpus;
using Archive.Bench.Preview;
using Archive.Bench.Results;

namespace Archive.Bench;

/// <summary>The benchmark's tool. See bench/README.md for what each command measures and how run.sh uses it.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("Corpus generator and measuring tools for Archive's benchmark (bench/README.md).")
        {
            CorpusCommand.Create(),
            PreviewLatencyCommand.Create(),
            RecordCommand.Create(),
            SummarizeCommand.Create(),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) Console.Error.WriteLine($"error: {error.Message}");
            return 2;
        }
        return parse.Invoke();
    }
}
