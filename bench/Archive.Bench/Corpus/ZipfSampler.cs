namespace Archive.Bench.Corpus;

/// <summary>Draws ranks 0..n-1 with probability ∝ 1/(rank+1)^s: a few groups are in most articles, most in few.</summary>
internal sealed class ZipfSampler
{
    private readonly double[] _cumulative;

    public ZipfSampler(int n, double exponent)
    {
        _cumulative = new double[n];
        var sum = 0.0;
        for (var k = 0; k < n; k++)
        {
            sum += 1.0 / Math.Pow(k + 1, exponent);
            _cumulative[k] = sum;
        }
        for (var k = 0; k < n; k++) _cumulative[k] /= sum;
    }

    public int Next(Rng rng)
    {
        var u = rng.NextDouble();
        var i = Array.BinarySearch(_cumulative, u);
        return Math.Min(i < 0 ? ~i : i, _cumulative.Length - 1);
    }
}
