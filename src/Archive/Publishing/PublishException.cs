namespace Archive.Publishing;

/// <summary>Thrown by <see cref="Publisher"/> when it refuses or fails to write; carries the problem as a value.</summary>
public sealed class PublishException : Exception
{
    public PublishException(PublishProblem problem, Exception? inner = null)
        : base(problem.Message, inner) => Problem = problem;

    public PublishProblem Problem { get; }
}
