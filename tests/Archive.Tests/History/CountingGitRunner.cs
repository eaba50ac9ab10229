using Archive.History;

namespace Archive.Tests.History;

/// <summary>Passes calls on to another runner and counts them, so a test can assert how many git processes started.</summary>
internal sealed class CountingGitRunner(IGitRunner inner) : IGitRunner
{
    public int Calls { get; private set; }

    public List<IReadOnlyList<string>> Arguments { get; } = [];

    public GitOutput? Run(string workingDirectory, IReadOnlyList<string> arguments)
    {
        Calls++;
        Arguments.Add(arguments);
        return inner.Run(workingDirectory, arguments);
    }
}
