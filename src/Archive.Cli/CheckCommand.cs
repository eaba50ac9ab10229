using System.CommandLine;
using Archive.Checking.External;
using Archive.Diagnostics;

namespace Archive.Cli;

/// <summary><c>archive check</c>: everything a build does except writing output/.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var source = CommonOptions.Source();
        var drafts = CommonOptions.Drafts();
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (default), github (Actions annotations) or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "github", "json");
        var external = new Option<bool>("--external")
        {
            Description = "Also check that external http(s) links answer (results cached in .archive-cache/; broken links are warnings).",
        };
        var externalStrict = new Option<bool>("--external-strict")
        {
            Description = "Check external links and report broken ones as errors (implies --external).",
        };
        var command = new Command("check", "Load, link, render and check the archive without writing anything.")
        {
            source, drafts, format, external, externalStrict,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var root = CommonOptions.SiteRoot(parse.GetValue(source));
            var result = new SiteBuilder().Build(new BuildRequest(root, null, parse.GetValue(drafts)));
            ExternalLinkReport? report = null;
            var strict = parse.GetValue(externalStrict);
            if (strict || parse.GetValue(external))
            {
                using var http = ExternalLinkChecker.CreateHttpClient();
                var checker = new ExternalLinkChecker(http, ExternalLinkCheckOptions.ForSite(root) with { Strict = strict });
                report = await checker.CheckSiteAsync(root, parse.GetValue(drafts), cancellationToken);
                result = result with { Diagnostics = Merge(result.Diagnostics, report.Diagnostics) };
            }
            var fmt = parse.GetValue(format) ?? "text";
            DiagnosticPrinter.Print(result.Diagnostics, fmt, fmt == "json" ? stdout : stderr, quiet: false, root);
            if (fmt != "json")
            {
                stdout.WriteLine(result.Succeeded
                    ? $"Checked {result.PageCount} pages: no errors" + (result.WarningCount > 0 ? $", {BuildCommand.Plural(result.WarningCount, "warning")}." : ".")
                    : $"Check failed: {BuildCommand.Summary(result)}.");
                if (report is not null) stdout.WriteLine(report.Summary + ".");
            }
            return result.Succeeded ? ExitCodes.Success : ExitCodes.InputErrors;
        });
        return command;
    }

    private static IReadOnlyList<Diagnostic> Merge(IReadOnlyList<Diagnostic> first, IReadOnlyList<Diagnostic> second)
    {
        var all = new DiagnosticBag();
        all.AddRange(first);
        all.AddRange(second);
        return all.ToSortedList();
    }
}
