namespace Archive.Cli;

/// <summary>What the exit status means, for scripts and CI.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int InputErrors = 1;
    /// <summary>A mistake in the command line, or an output folder the build refuses to replace.</summary>
    public const int Usage = 2;

    /// <summary>The site built, but writing it failed (disk full, permissions, another build holding the lock).</summary>
    public const int CannotWrite = 3;
}
