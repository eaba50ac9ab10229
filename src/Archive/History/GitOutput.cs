namespace Archive.History;

/// <summary>What one git process printed on standard output, and how it exited.</summary>
public sealed record GitOutput(int ExitCode, string StandardOutput);
