using System.CommandLine;
using System.Globalization;
using Archive.Cli.Preview;

namespace Archive.Cli;

/// <summary>
/// <c>archive serve</c>: builds into a private preview folder (output/ is left alone), serves it on 127.0.0.1,
/// rebuilds on every change to input/ or themes/ and reloads open pages. Runs until Ctrl-C.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var source = CommonOptions.Source();
        var port = new Option<int>("--port", "-p")
        {
            Description = "Port on 127.0.0.1; 0 picks any free port.",
            DefaultValueFactory = _ => 8080,
        };
        port.Validators.Add(result =>
        {
            // A value that is not a number is reported by the parser itself; reading it here would throw.
            if (result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, CultureInfo.InvariantCulture, out var value) && value is < 0 or > 65535)
            {
                result.AddError("--port must be between 0 and 65535");
            }
        });
        var noDrafts = new Option<bool>("--no-drafts") { Description = "Leave out records marked `draft: true` (the preview includes them by default)." };
        var noSearch = new Option<bool>("--no-search") { Description = "Preview without the search index (Pagefind is not run)." };
        var command = new Command("serve", "Preview the archive on 127.0.0.1, rebuilding and reloading pages as files change.") { source, port, noDrafts, noSearch };
        command.SetAction(async (parse, cancellation) =>
        {
            var root = CommonOptions.SiteRoot(parse.GetValue(source));
            if (!Directory.Exists(Path.Combine(root, "input")))
            {
                stderr.WriteLine($"error: there is no input/ folder in {root} (hint: run the command in the archive's folder or pass --source DIR)");
                return ExitCodes.InputErrors;
            }
            var options = new PreviewOptions(root, parse.GetValue(port), IncludeDrafts: !parse.GetValue(noDrafts), Search: !parse.GetValue(noSearch));
            var search = new SearchReport(stdout, stderr);
            await using var server = new PreviewServer(options, build => Report(build, root, stdout, stderr), search.Report);
            try
            {
                await server.StartAsync(cancellation);
            }
            catch (IOException ex)
            {
                stderr.WriteLine($"error: cannot listen on 127.0.0.1:{options.Port}: {ex.Message} (hint: pass --port 0 for any free port)");
                return ExitCodes.InputErrors;
            }
            catch (OperationCanceledException)
            {
                return ExitCodes.Success;
            }
            stdout.WriteLine($"Serving {server.SiteUrl} (drafts {(options.IncludeDrafts ? "included" : "left out")}). Watching input/ and themes/; press Ctrl-C to stop.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellation);
            }
            catch (OperationCanceledException)
            {
                // Ctrl-C: the normal way to end a preview.
            }
            await server.StopAsync();
            stdout.WriteLine("Stopped.");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// What serve says about its search index: when it is first ready, and a problem once until it changes (a machine
    /// without Node would otherwise repeat the same warning after every edit). Later updates are silent.
    /// </summary>
    private sealed class SearchReport(TextWriter stdout, TextWriter stderr)
    {
        private readonly object _gate = new();
        private bool _ready;
        private string? _problem;

        public void Report(Publishing.Search.SearchOutcome outcome)
        {
            lock (_gate)
            {
                if (outcome.Built)
                {
                    if (!_ready) stdout.WriteLine($"Search index ready in {outcome.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s; it is updated in the background after each change.");
                    _ready = true;
                    _problem = null;
                }
                else if (outcome.Problem != _problem)
                {
                    _problem = outcome.Problem;
                    stderr.WriteLine($"warning: the preview runs without search: {outcome.Problem} (hint: {outcome.Hint})");
                }
            }
        }
    }

    private static void Report(PreviewBuild build, string root, TextWriter stdout, TextWriter stderr)
    {
        var ms = build.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        var verb = build.Number == 1 ? "Built" : "Rebuilt";
        if (build.Succeeded)
        {
            var stages = string.Join(" · ", build.Timings.Select(t => $"{t.Stage} {t.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)}"));
            stdout.WriteLine(build.Full
                ? $"{verb} {build.PageCount} pages in {ms} ms ({stages} ms)."
                : $"{verb} {build.PageCount} pages in {ms} ms: {build.Rendered} files rendered again, {build.Changed} changed"
                  + (build.EarlyAfter is { } early ? $", the edited page shown after {early.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms" : "")
                  + $" ({stages} ms).");
            return;
        }
        DiagnosticPrinter.Print(build.Diagnostics, "text", stderr, quiet: true, root);
        if (build.Problem is not null) stderr.WriteLine("error: " + build.Problem);
        if (build.Crash is not null) stderr.WriteLine("The build crashed (a bug in the generator): " + build.Crash);
        var errors = BuildCommand.Plural(build.Errors.Count(), "error");
        stderr.WriteLine(build.Number == 1
            ? $"Build failed: {errors}. Pages show the errors until the input is fixed."
            : $"Rebuild failed: {errors}. Still serving the last good site; pages show the errors until the input is fixed.");
    }
}
