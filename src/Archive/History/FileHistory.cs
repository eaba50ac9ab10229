namespace Archive.History;

/// <summary>When a file under the site folder last changed, in which commit, and every commit that changed it.</summary>
/// <param name="Path">Relative to the site folder, with forward slashes (e.g. <c>input/offers/x.md</c>).</param>
/// <param name="LastUpdated">The committer date of the latest commit that touched the file, with the committer's offset;
/// or the file's last write time in UTC when the file has no commit.</param>
/// <param name="Commit">The full hash of that commit; null when the date comes from the file system.</param>
public sealed record FileHistory(string Path, DateTimeOffset LastUpdated, string? Commit)
{
    /// <summary>The calendar day of <see cref="LastUpdated"/> as it was where the change was made.</summary>
    public DateOnly Date => DateOnly.FromDateTime(LastUpdated.DateTime);

    /// <summary>Every commit that changed the file, newest first (as <c>git log</c> lists them); empty without git.</summary>
    public IReadOnlyList<FileChange> Changes { get; init; } = [];
}
