namespace Archive.Cli;

/// <summary>What the exit status means, for scripts and CI.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int InputErrors = 1;
    public const int Usage = 2;
}
