using Archive.Cli;

namespace Archive.Tests.Cli;

/// <summary>Runs the <c>archive</c> command line in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
