namespace Archive.Tests.Checking.External;

/// <summary>A clock the test sets by hand, so cache ages need no waiting.</summary>
internal sealed class ManualTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
