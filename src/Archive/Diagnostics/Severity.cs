namespace Archive.Diagnostics;

/// <summary>How bad a problem in the input is. Errors stop publishing; warnings do not.</summary>
public enum Severity
{
    Warning,
    Error,
}
