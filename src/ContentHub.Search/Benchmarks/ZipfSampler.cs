namespace ContentHub.Search.Benchmarks;

/// <summary>Draws items with Zipf-like frequencies: the item of rank r comes up in proportion to 1/r.</summary>
internal sealed class ZipfSampler<T>
{
    private readonly IReadOnlyList<T> items;
    private readonly double[] cumulative;

    public ZipfSampler(IReadOnlyList<T> items)
    {
        this.items = items;
        cumulative = new double[items.Count];
        var total = 0.0;
        for (var rank = 1; rank <= items.Count; rank++)
        {
            total += 1.0 / rank;
            cumulative[rank - 1] = total;
        }
    }

    public T Next(Random random)
    {
        var found = Array.BinarySearch(cumulative, random.NextDouble() * cumulative[^1]);
        return items[found < 0 ? ~found : found];
    }

    /// <summary>Up to <paramref name="count"/> different items.</summary>
    public List<T> Distinct(Random random, int count)
    {
        var picked = new List<T>();
        for (var tries = 0; picked.Count < count && tries < count * 20; tries++)
        {
            var item = Next(random);
            if (!picked.Contains(item))
            {
                picked.Add(item);
            }
        }

        return picked;
    }
}
