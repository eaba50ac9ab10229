namespace Archive.Checking.External;

/// <summary>What one address answered.</summary>
/// <param name="Url">The address checked (without its <c>#fragment</c>, which never reaches the server).</param>
/// <param name="Ok">True for a 2xx or 3xx answer.</param>
/// <param name="StatusCode">The final HTTP status, or null when no answer came (timeout, DNS, refused connection).</param>
/// <param name="Problem">Why the link is broken, e.g. <c>404 Not Found</c>; null when it works.</param>
/// <param name="CheckedAt">When the answer was received (for a cached result: when it was first received).</param>
/// <param name="FromCache">True when the answer came from the cache and no request was made.</param>
public sealed record ExternalLinkResult(
    string Url,
    bool Ok,
    int? StatusCode,
    string? Problem,
    DateTimeOffset CheckedAt,
    bool FromCache = false);
