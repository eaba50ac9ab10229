namespace Archive.Bench.Results;

/// <summary>Min, median and max of a few measurements (the median of an even count is the mean of the middle two).</summary>
internal sealed record Stats(double Min, double Median, double Max, int Count)
{
    public static Stats? Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return null;
        var mid = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        return new Stats(sorted[0], median, sorted[^1], sorted.Length);
    }

    /// <summary>The nearest-rank percentile (p in 0..100) of a sample, as latency reports use.</summary>
    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return double.NaN;
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
