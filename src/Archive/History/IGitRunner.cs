namespace Archive.History;

/// <summary>Runs git. An interface so tests can count the processes started or stand in for a missing git.</summary>
public interface IGitRunner
{
    /// <summary>Runs <c>git</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>;
    /// null when git cannot be started at all (not installed, not on PATH).</summary>
    GitOutput? Run(string workingDirectory, IReadOnlyList<string> arguments);
}
