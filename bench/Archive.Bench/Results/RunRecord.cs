using System.Text.Json;
using System.Text.Json.Serialization;

namespace Archive.Bench.Results;

/// <summary>One measured build: a line of the run's <c>raw.jsonl</c>.</summary>
internal sealed record RunRecord
{
    public required string Tool { get; init; }
    public required int Size { get; init; }
    /// <summary>0 is the warm-up, 1.. the measured runs.</summary>
    public required int Run { get; init; }
    public required double WallSeconds { get; init; }
    public required double UserSeconds { get; init; }
    public required double SystemSeconds { get; init; }
    public required long MaxRssKb { get; init; }
    public required int ExitStatus { get; init; }
    /// <summary>Why the runner stopped the build (memory cap, time cap), or null when it ran to its end.</summary>
    public string? Killed { get; init; }
    public required int HtmlPages { get; init; }
    public required int Files { get; init; }
    public required long Bytes { get; init; }
    public required long LargestHtmlBytes { get; init; }
    public string? LargestHtml { get; init; }
    /// <summary>Archive's <c>--verbose</c> stage timings in milliseconds, in stage order.</summary>
    public IReadOnlyList<StageMs> Stages { get; init; } = [];

    public bool Succeeded => ExitStatus == 0 && Killed is null;

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

internal sealed record StageMs(string Stage, double Ms);
