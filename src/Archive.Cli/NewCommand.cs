using System.CommandLine;
using Archive.Content;
using Archive.Scaffolding;

namespace Archive.Cli;

/// <summary>
/// <c>archive new article|group|offer &lt;id&gt;</c>: writes a record file with a placeholder in every required field.
/// An invalid id is a usage error (exit 2), because it is a mistake in the command line, not in the archive;
/// an existing file or a missing input/ folder is exit 1.
/// </summary>
internal static class NewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr) =>
        new("new", "Create a new record file with a <<placeholder>> in every required field.")
        {
            Kind(RecordKind.Article, "article", "--title", "The headline, as published.", stdout, stderr),
            Kind(RecordKind.Group, "group", "--name", "The group's most common English name.", stdout, stderr),
            Kind(RecordKind.Offer, "offer", "--title", "A short description of the offer.", stdout, stderr),
        };

    private static Command Kind(RecordKind kind, string name, string titleOption, string titleDescription, TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<string>("id") { Description = $"The new {name}'s id and file name: lowercase letters, digits and hyphens." };
        id.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>() ?? "";
            if (!RecordId.IsValid(value))
            {
                result.AddError($"`{value}` is not a valid id: {RecordId.Problem(value)}; try `{RecordId.Suggest(value)}`");
            }
        });
        var title = new Option<string?>(titleOption) { Description = titleDescription + " Pre-fills the field instead of a placeholder." };
        var source = CommonOptions.Source();
        var command = new Command(name, $"Create input/{name}s/<id>.md.") { id, title, source };
        command.SetAction(parse =>
        {
            var root = CommonOptions.SiteRoot(parse.GetValue(source));
            var result = new Scaffolder().Create(new ScaffoldRequest(root, kind, parse.GetValue(id)!, parse.GetValue(title)));
            if (!result.Written)
            {
                DiagnosticPrinter.Print(result.Diagnostics, "text", stderr, quiet: false, root);
                return ExitCodes.InputErrors;
            }
            stdout.WriteLine($"Wrote {result.Path}");
            stdout.WriteLine("Fill in the <<placeholders>>, then run `archive check`.");
            return ExitCodes.Success;
        });
        return command;
    }
}
