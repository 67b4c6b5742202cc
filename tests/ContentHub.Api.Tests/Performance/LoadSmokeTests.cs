using ContentHub.Api.Benchmarks.Load;

namespace ContentHub.Api.Tests.Performance;

/// <summary>
/// The load test (<c>contenthub bench load</c>) in small: on a tiny generated database, with the real
/// server in its own process, every operation of the mix and the baseline runs without a failure
/// and the report names them all (the
/// run itself first checks that each operation succeeds once and that the baseline returns what the
/// GraphQL queue returns). Its figures are the benchmark's business; nothing here is timed.
/// </summary>
public sealed class LoadSmokeTests
{
    [Fact]
    public async Task The_load_test_runs_every_operation_without_failures_and_reports_them()
    {
        // Against a run that hangs; a healthy one takes well under a minute, most of it generating and starting.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var options = new LoadOptions(Warmup: TimeSpan.FromSeconds(1), Duration: TimeSpan.FromSeconds(2), Clients: 2, Seed: 42, RateShares: [0.5]);

        var result = await LoadBenchmark.RunAsync(cases: 200, options, TextWriter.Null, guard.Token);

        var operations = result.AllResults.ToList();
        Assert.All(operations, operation => Assert.True(operation.Failures == 0, $"{operation.Name}: {operation.FirstFailure}"));
        Assert.True(result.GraphQLQueue.Calls > 0 && result.BaselineQueue.Calls > 0);
        Assert.True(result.LoadPeakRssBytes > 0);
        var report = LoadReport.Size(result, options);
        Assert.All(operations, operation => Assert.Contains($"| {operation.Name} |", report));
        Assert.Contains("At steady rates", report);
        Assert.Contains("server CPU", report);
        // Whether a phase of two seconds happened to write is chance; that the report says so is not.
        Assert.Contains("publishes", report);
    }
}
