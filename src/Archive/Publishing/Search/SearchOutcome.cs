namespace Archive.Publishing.Search;

/// <summary>What became of the search index: built (and how long it took), or why not, in words for the editor.</summary>
/// <param name="Problem">Why the site was published without search; null when the index was built.</param>
/// <param name="Hint">What to do about it.</param>
public sealed record SearchOutcome(bool Built, TimeSpan Elapsed, string? Problem = null, string? Hint = null)
{
    public static SearchOutcome Failed(TimeSpan elapsed, string problem, string hint) => new(false, elapsed, problem, hint);
}
