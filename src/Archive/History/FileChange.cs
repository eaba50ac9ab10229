namespace Archive.History;

/// <summary>One commit that changed a file: when, which commit, and its subject line.</summary>
/// <param name="Date">The committer date, with the committer's offset.</param>
/// <param name="Commit">The full commit id (40 hexadecimal digits for SHA-1 repositories).</param>
/// <param name="Subject">The first line of the commit message.</param>
public sealed record FileChange(DateTimeOffset Date, string Commit, string Subject)
{
    /// <summary>The calendar day of <see cref="Date"/> as it was where the change was made.</summary>
    public DateOnly Day => DateOnly.FromDateTime(Date.DateTime);
}
