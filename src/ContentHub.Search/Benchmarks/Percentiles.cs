namespace ContentHub.Search.Benchmarks;

/// <summary>Nearest-rank percentiles, the one definition every benchmark here reports.</summary>
public static class Percentiles
{
    /// <summary>The value at fraction <paramref name="p"/> (0.99 for p99) of an ascending array.</summary>
    public static double Of(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
