namespace Archive;

/// <summary>
/// How far a build has got, for the command line to show: each stage as it starts (with how many items it will work
/// through, when that is known) and each item done. Called from the build's threads; implementations must be thread-safe.
/// </summary>
public interface IBuildProgress
{
    /// <param name="total">How many items (pages, files) the stage works through; 0 when it does not count.</param>
    void StageStarted(string stage, int total);

    /// <summary>One more item of the current stage is done.</summary>
    void Advanced();

    void StageFinished(string stage, TimeSpan elapsed);
}
