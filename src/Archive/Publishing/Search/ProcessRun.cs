using System.Diagnostics;
using System.Text;

namespace Archive.Publishing.Search;

/// <summary>One run of an external program (npm, node): its exit code and the end of what it printed.</summary>
internal sealed record ProcessRun(int ExitCode, string Output, bool TimedOut, bool Cancelled)
{
    private const int KeptChars = 2000;

    public static ProcessRun Start(string program, IEnumerable<string> arguments, string workingDir, TimeSpan timeout, CancellationToken cancel)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        var output = new StringBuilder();
        void Keep(string? line)
        {
            if (line is null) return;
            lock (output)
            {
                output.AppendLine(line);
                if (output.Length > 4 * KeptChars) output.Remove(0, output.Length - KeptChars);
            }
        }
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return new ProcessRun(-1, ex.Message, false, false);
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var registration = cancel.Register(() => Kill(process));
        var finished = process.WaitForExit(timeout);
        if (!finished) Kill(process);
        process.WaitForExit();
        var text = output.ToString();
        return new ProcessRun(finished && !cancel.IsCancellationRequested ? process.ExitCode : -1,
            text.Length > KeptChars ? text[^KeptChars..] : text, !finished, cancel.IsCancellationRequested);
    }

    /// <summary>Ends the program this run started, and the processes it started (by this process's id only).</summary>
    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It ended on its own in the meantime.
        }
    }

    public string Describe(string what)
    {
        if (TimedOut) return $"{what} did not finish in time";
        if (Cancelled) return $"{what} was stopped";
        var last = Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(3);
        return $"{what} exited with code {ExitCode}" + (Output.Length > 0 ? ": " + string.Join(" / ", last) : "");
    }
}
