namespace Archive.History;

/// <summary>
/// Which state of the archive a build shows, for citing its downloads: the newest commit that changed <c>input/</c>
/// and when it was made. Taken from history rather than the clock, so building the same commit twice gives the same bytes.
/// </summary>
/// <param name="Commit">The full commit id; null outside git (or before the first commit).</param>
/// <param name="CommittedAt">The committer date of <paramref name="Commit"/>; null without one.</param>
/// <param name="Date">The day of <paramref name="CommittedAt"/>; without git, the day the newest input file was written.</param>
public sealed record ArchiveVersion(string? Commit, DateTimeOffset? CommittedAt, DateOnly Date)
{
    /// <summary>What a build says when git knows nothing.</summary>
    public const string UnversionedName = "unversioned";

    /// <summary>The version as cited: the commit's first 12 hexadecimal digits, or <c>unversioned</c>.</summary>
    public string Name => Commit is null ? UnversionedName : Commit[..Math.Min(12, Commit.Length)];

    /// <summary>The moment the version stands for, in UTC: the commit's date, or the start of <see cref="Date"/>.</summary>
    public DateTimeOffset Moment => CommittedAt?.ToUniversalTime() ?? new DateTimeOffset(Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static ArchiveVersion Unversioned { get; } = new(null, null, new DateOnly(1970, 1, 1));

    /// <summary>The newest commit in <paramref name="history"/>; else unversioned, dated by the newest of <paramref name="fileDates"/>.</summary>
    public static ArchiveVersion From(FileHistoryLookup history, IEnumerable<DateOnly> fileDates)
    {
        var newest = history.Committed.Where(h => h.Commit is not null)
            .OrderByDescending(h => h.LastUpdated).ThenBy(h => h.Commit, StringComparer.Ordinal).FirstOrDefault();
        if (newest is not null) return new ArchiveVersion(newest.Commit, newest.LastUpdated, newest.Date);
        var dates = fileDates.ToList();
        return dates.Count == 0 ? Unversioned : Unversioned with { Date = dates.Max() };
    }
}
