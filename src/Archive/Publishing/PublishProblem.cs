namespace Archive.Publishing;

/// <summary>
/// Why the site could not be written where it was asked to go: the folder named, what is wrong, and what to do.
/// Either a refusal (the output folder is one the build must not replace) or a failure of the disk itself.
/// In both cases the previous output is left as it was.
/// </summary>
/// <param name="Path">The folder or file at fault, as given (absolute).</param>
/// <param name="Refused">True when the build refused on purpose; false when writing failed (disk full, permissions).</param>
public sealed record PublishProblem(string Path, string Message, string Hint, bool Refused)
{
    public override string ToString() => $"{Message} (hint: {Hint})";
}
