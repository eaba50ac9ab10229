using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Archive.History;

/// <summary>Runs the <c>git</c> found on PATH as a child process.</summary>
public sealed class GitProcessRunner : IGitRunner
{
    // Set by git when it runs hooks (and by some tools); inherited, they would point this process at another repository.
    private static readonly string[] RepositoryOverrides = ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR", "GIT_PREFIX", "GIT_NAMESPACE"];

    public GitOutput? Run(string workingDirectory, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var name in RepositoryOverrides) start.Environment.Remove(name);
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("Process.Start returned null for git");
        }
        catch (Win32Exception)
        {
            return null;
        }
        using (process)
        {
            // Read both streams at once: git blocks once a pipe's buffer is full, so reading one after the other can hang.
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            stderr.GetAwaiter().GetResult();
            process.WaitForExit();
            return new GitOutput(process.ExitCode, stdout);
        }
    }
}
