using System.CommandLine;
using System.Globalization;

namespace Archive.Cli;

/// <summary><c>archive build</c>: load, link, render, check and publish into output/.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var source = CommonOptions.Source();
        var output = new Option<DirectoryInfo?>("--output", "-o") { Description = "Where to write the site (default: <source>/output)." };
        var drafts = CommonOptions.Drafts();
        var verbose = CommonOptions.Verbose();
        var quiet = CommonOptions.Quiet();
        var force = new Option<bool>("--force")
        {
            Description = "Replace the output folder even if it holds files that no build of this archive wrote (they are deleted).",
        };
        var noSearch = new Option<bool>("--no-search") { Description = "Publish without the search index (Pagefind is not run)." };
        var command = new Command("build", "Build the archive from input/ into output/.") { source, output, drafts, force, verbose, quiet, noSearch };
        command.SetAction(parse =>
        {
            var root = CommonOptions.SiteRoot(parse.GetValue(source));
            var outDir = parse.GetValue(output)?.FullName ?? Path.Combine(root, "output");
            var isQuiet = parse.GetValue(quiet);
            var started = System.Diagnostics.Stopwatch.StartNew();
            var result = new SiteBuilder().Build(new BuildRequest(root, outDir, parse.GetValue(drafts), parse.GetValue(force)) { Search = !parse.GetValue(noSearch) });
            foreach (var repaired in result.Recovered ?? []) stderr.WriteLine("note: " + repaired + ".");
            if (result.PublishProblem is { Refused: true } refused)
            {
                stderr.WriteLine($"error: {refused.Message} (hint: {refused.Hint})");
                stderr.WriteLine("Nothing was built or written.");
                return ExitCodes.Usage;
            }
            DiagnosticPrinter.Print(result.Diagnostics, "text", stderr, isQuiet, root);
            if (result.Search is { Built: false } search)
            {
                // One warning, and the build still succeeds: search enhances the site, every page reads without it.
                stderr.WriteLine($"warning: the site was published without search: {search.Problem} (hint: {search.Hint})");
            }
            if (parse.GetValue(verbose))
            {
                foreach (var t in result.Timings) stdout.WriteLine($"  {t.Stage,-18} {t.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture),6} ms");
            }
            var seconds = started.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
            var state = result.Recovered is { Count: > 0 } ? "holds the last complete site" : Directory.Exists(outDir) ? "is unchanged" : "was not created";
            if (result.PublishProblem is { } failed)
            {
                stderr.WriteLine($"error: {failed.Message} (hint: {failed.Hint})");
                stderr.WriteLine($"Build failed: the site built but could not be written; {Relative(outDir)} {state}.");
                return ExitCodes.CannotWrite;
            }
            if (!result.Succeeded)
            {
                stderr.WriteLine($"Build failed: {Summary(result)}. Nothing was written; {Relative(outDir)} {state}.");
                return ExitCodes.InputErrors;
            }
            if (!isQuiet)
            {
                stdout.WriteLine($"Built {result.PageCount} pages ({result.FileCount} files) in {seconds} s into {Relative(outDir)}" +
                                 (result.WarningCount > 0 ? $", {Plural(result.WarningCount, "warning")}." : "."));
            }
            return ExitCodes.Success;
        });
        return command;
    }

    internal static string Summary(BuildResult r) =>
        Plural(r.ErrorCount, "error") + (r.WarningCount > 0 ? ", " + Plural(r.WarningCount, "warning") : "");

    internal static string Plural(int n, string word) => $"{n} {word}{(n == 1 ? "" : "s")}";

    private static string Relative(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative + "/";
    }
}
