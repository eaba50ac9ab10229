namespace Archive.Publishing;

/// <summary>How the publisher behaves; the defaults are what <c>archive build</c> uses.</summary>
/// <param name="Force">Replace an existing folder even when it holds no marker of an earlier build.</param>
/// <param name="LockTimeout">How long to wait for another build publishing into the same folder (default 60 s).</param>
/// <param name="AtomicExchange">Swap in one step where the system can; false forces the two-rename swap (for tests).</param>
/// <param name="BetweenSteps">
/// Called at each <see cref="PublishStep"/>. Tests use it to stop the publisher at an exact point: blocking in it
/// holds the publisher there, and throwing from it abandons the publish as a killed process would (no clean-up).
/// </param>
public sealed record PublishOptions(
    bool Force = false,
    TimeSpan? LockTimeout = null,
    bool AtomicExchange = true,
    Action<PublishStep>? BetweenSteps = null)
{
    public static readonly TimeSpan DefaultLockTimeout = TimeSpan.FromSeconds(60);

    public TimeSpan LockTimeoutOrDefault => LockTimeout ?? DefaultLockTimeout;
}
