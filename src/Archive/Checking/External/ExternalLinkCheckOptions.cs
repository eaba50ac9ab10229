namespace Archive.Checking.External;

/// <summary>How <see cref="ExternalLinkChecker"/> talks to other sites and how long it trusts earlier answers.</summary>
public sealed record ExternalLinkCheckOptions
{
    /// <summary>The folder, under the site root, that holds <see cref="CacheFileName"/>.</summary>
    public const string CacheFolderName = ".archive-cache";

    public const string CacheFileName = "external-links.json";

    /// <summary>The longest a failure is trusted: a site that was down an hour ago may well be back.</summary>
    public static readonly TimeSpan MaxFailureLifetime = TimeSpan.FromHours(1);

    /// <summary>How many requests may be in flight at once.</summary>
    public int Concurrency { get; init; } = 8;

    /// <summary>How long one request may take before the link counts as not answering.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Extra tries after a transient failure (429, 5xx, timeout, dropped connection).</summary>
    public int Retries { get; init; } = 2;

    /// <summary>The wait before each retry; the last value is reused when there are more retries than values.</summary>
    public IReadOnlyList<TimeSpan> RetryDelays { get; init; } = [TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1)];

    /// <summary>Where results are cached between runs; null turns the cache off.</summary>
    public string? CacheFolder { get; init; }

    /// <summary>How long a working link is trusted; failures are trusted for at most <see cref="MaxFailureLifetime"/>.</summary>
    public TimeSpan CacheLifetime { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Report broken links as errors (which fail the check) instead of warnings.</summary>
    public bool Strict { get; init; }

    /// <summary>The defaults, with the cache in <c>.archive-cache/</c> under <paramref name="siteRoot"/>.</summary>
    public static ExternalLinkCheckOptions ForSite(string siteRoot) => new() { CacheFolder = Path.Combine(siteRoot, CacheFolderName) };

    internal TimeSpan FailureLifetime => CacheLifetime < MaxFailureLifetime ? CacheLifetime : MaxFailureLifetime;

    internal TimeSpan RetryDelay(int retry) =>
        RetryDelays.Count == 0 ? TimeSpan.Zero : RetryDelays[Math.Min(retry, RetryDelays.Count - 1)];

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Concurrency, 1, nameof(Concurrency));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Timeout, TimeSpan.Zero, nameof(Timeout));
        ArgumentOutOfRangeException.ThrowIfNegative(Retries, nameof(Retries));
        ArgumentOutOfRangeException.ThrowIfLessThan(CacheLifetime, TimeSpan.Zero, nameof(CacheLifetime));
    }
}
