using System.CommandLine;

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
        var command = new Command("check", "Load, link, render and check the archive without writing anything.") { source, drafts, format };
        command.SetAction(parse =>
        {
            var root = CommonOptions.SiteRoot(parse.GetValue(source));
            var result = new SiteBuilder().Build(new BuildRequest(root, null, parse.GetValue(drafts)));
            var fmt = parse.GetValue(format) ?? "text";
            DiagnosticPrinter.Print(result.Diagnostics, fmt, fmt == "json" ? stdout : stderr, quiet: false);
            if (fmt != "json")
            {
                stdout.WriteLine(result.Succeeded
                    ? $"Checked {result.PageCount} pages: no errors" + (result.WarningCount > 0 ? $", {BuildCommand.Plural(result.WarningCount, "warning")}." : ".")
                    : $"Check failed: {BuildCommand.Summary(result)}.");
            }
            return result.Succeeded ? ExitCodes.Success : ExitCodes.InputErrors;
        });
        return command;
    }
}
