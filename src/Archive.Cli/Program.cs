using System.CommandLine;

namespace Archive.Cli;

/// <summary>The <c>archive</c> command: parses arguments, calls the library, prints, returns an exit code.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs a command line with the given writers; what tests call.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Builds the annotated archive of ceasefire offers from Markdown files under input/.")
        {
            BuildCommand.Create(stdout, stderr),
            CheckCommand.Create(stdout, stderr),
            NewCommand.Create(stdout, stderr),
            ServeCommand.Create(stdout, stderr),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) stderr.WriteLine($"error: {error.Message}");
            stderr.WriteLine("Run `archive --help` for usage.");
            return ExitCodes.Usage;
        }
        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
