namespace ContentHub.Api.Composition;

/// <summary><c>contenthub bench search</c>: search and similar-case latency, indexing throughput, rebuild time.</summary>
public static class BenchmarkCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        Console.Error.WriteLine("usage: contenthub bench search");
        return Task.FromResult(2);
    }
}
