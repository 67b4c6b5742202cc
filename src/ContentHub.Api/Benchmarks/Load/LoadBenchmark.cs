using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContentHub.Api.Benchmarks.Load;

/// <summary>How long and how hard to drive each database size.</summary>
/// <param name="RateShares">The steady rates to offer after the saturated mix, as shares of the throughput it reached (0.5: half).</param>
/// <param name="Keep">Leave each generated data folder in place (for <c>EXPLAIN QUERY PLAN</c>, a profiler or <paramref name="Reuse"/>) and print where.</param>
/// <param name="Reuse">
/// A folder an earlier run kept: its database and index are driven as they are, without generating
/// anything, so that a change can be tried in minutes. The writes of earlier runs stay in it, so
/// figures to report come from fresh runs.
/// </param>
public sealed record LoadOptions(TimeSpan Warmup, TimeSpan Duration, int Clients, int Seed, IReadOnlyList<double> RateShares, bool Keep = false, string? Reuse = null, int? Saturation = null);

/// <summary>The mix offered at a steady rate: <paramref name="Share"/> of the saturated throughput, <paramref name="PerSecond"/> calls a second.</summary>
public sealed record SteadyRateResult(double Share, double PerSecond, IReadOnlyList<OperationResult> Mix, ServerRuntime Server);

/// <summary>Everything measured on one database size.</summary>
public sealed record SizeLoadResult(
    LoadDataset Dataset, TimeSpan IndexReady, long StartupPeakRssBytes, long LoadPeakRssBytes, ResidentMemory ResidentAfterLoad, string LoadAverageBefore, string LoadAverageAfter,
    IReadOnlyList<OperationResult> Mix, ServerRuntime MixServer, IReadOnlyList<SteadyRateResult> Steady, OperationResult GraphQLQueue, OperationResult BaselineQueue)
{
    public double MixPerSecond => OperationResult.TotalPerSecond(Mix);

    public IEnumerable<OperationResult> AllResults => Mix.Concat(Steady.SelectMany(s => s.Mix)).Append(GraphQLQueue).Append(BaselineQueue);

    public double QueueThroughputRatio => GraphQLQueue.PerSecond / BaselineQueue.PerSecond;
}

/// <summary>
/// One database size, end to end: generate the database, start the server on it, wait for the search
/// index, warm up, run the mix at saturation, then at steady shares of the throughput it reached,
/// then the GraphQL queue against its hand-written baseline.
/// </summary>
public static class LoadBenchmark
{
    private const string IndexStatusQuery = "{ searchIndexStatus { rebuilding caseEventsBehind articleRevisionsBehind } }";

    public static async Task<SizeLoadResult> RunAsync(int cases, LoadOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        var folder = options.Reuse ?? Path.Combine(Path.GetTempPath(), "contenthub-load-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var dataset = options.Reuse is null
                ? await LoadDatabase.CreateAsync(folder, cases, options.Seed, progress, cancellationToken)
                : await LoadDatasetFile.ReadAsync(folder, cancellationToken);
            if (options.Keep)
            {
                await LoadDatasetFile.WriteAsync(dataset, cancellationToken);
            }

            progress.WriteLine($"Generated in {dataset.Generated.TotalSeconds:0.0} s; starting the server and building the search index …");
            var started = Stopwatch.GetTimestamp();
            await using var server = await LoadServer.StartAsync(folder, cancellationToken);
            using var client = new LoadClient(server.Address, dataset.StaffTokens);
            await WaitForIndexAsync(client, cancellationToken);
            var indexReady = Stopwatch.GetElapsedTime(started);
            var startupPeak = server.PeakRssBytes;

            var operations = new LoadOperations(dataset);
            var mix = operations.Mix();
            await CheckAsync(client, mix, operations.QueueBaseline(), cancellationToken);
            progress.WriteLine($"Index ready after {indexReady.TotalSeconds:0.0} s; warming up for {options.Warmup.TotalSeconds:0} s …");
            await LoadRun.MixAsync(client, mix, options.Clients, options.Warmup, options.Seed - 1, cancellationToken);
            await LoadRun.HeadToHeadAsync(client, mix[0], operations.QueueBaseline(), options.Clients, options.Warmup, options.Seed - 1, cancellationToken);
            await WarmUntilCompiledAsync(client, mix, options, progress, cancellationToken);

            server.ResetPeak();
            var loadBefore = LoadAverage();
            progress.WriteLine($"Mix with {options.Clients} clients for {options.Duration.TotalSeconds:0} s …");
            var before = await ServerRuntime.ReadAsync(client, cancellationToken);
            var results = await LoadRun.MixAsync(client, mix, options.Clients, options.Duration, options.Seed, cancellationToken);
            var mixServer = await ServerRuntime.ReadAsync(client, cancellationToken) - before;
            var saturated = options.Saturation ?? OperationResult.TotalPerSecond(results);
            var steady = new List<SteadyRateResult>();
            foreach (var share in options.RateShares)
            {
                progress.WriteLine($"Mix at a steady {share:P0} of {saturated:0} calls/s for {options.Duration.TotalSeconds:0} s …");
                before = await ServerRuntime.ReadAsync(client, cancellationToken);
                var atRate = await LoadRun.AtRateAsync(client, mix, share * saturated, options.Duration, options.Seed, cancellationToken);
                steady.Add(new SteadyRateResult(share, share * saturated, atRate, await ServerRuntime.ReadAsync(client, cancellationToken) - before));
            }

            progress.WriteLine($"Queue against the baseline for {options.Duration.TotalSeconds:0} s …");
            var (graphQL, baseline) = await LoadRun.HeadToHeadAsync(client, mix[0], operations.QueueBaseline(), options.Clients, options.Duration, options.Seed, cancellationToken);
            return new SizeLoadResult(dataset, indexReady, startupPeak, server.PeakRssBytes, server.Resident, loadBefore, LoadAverage(), results, mixServer, steady, graphQL, baseline);
        }
        finally
        {
            if (options.Keep || options.Reuse is not null)
            {
                progress.WriteLine($"Kept the data folder: {folder}");
            }
            else
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>
    /// Tiered compilation keeps recompiling hot methods for half a minute or more after start, on
    /// the same two cores, and took half a core during the first seconds of a timed mix. The mix
    /// goes on in short rounds until a round compiles almost nothing, for at most six times the
    /// warm-up (a minute by default).
    /// </summary>
    private static async Task WarmUntilCompiledAsync(LoadClient client, IReadOnlyList<LoadOperation> mix, LoadOptions options, TextWriter progress, CancellationToken cancellationToken)
    {
        const int settled = 20;
        var round = TimeSpan.FromSeconds(Math.Min(2, options.Warmup.TotalSeconds));
        for (var rounds = 1; rounds <= (int)Math.Ceiling(6 * options.Warmup / round); rounds++)
        {
            var before = await ServerRuntime.ReadAsync(client, cancellationToken);
            await LoadRun.MixAsync(client, mix, options.Clients, round, options.Seed - 1 - rounds, cancellationToken);
            var compiled = (await ServerRuntime.ReadAsync(client, cancellationToken) - before).JitMethods;
            if (compiled < settled)
            {
                progress.WriteLine($"Compilation settled after {rounds} more round(s) of {round.TotalSeconds:0} s ({compiled} methods in the last).");
                return;
            }
        }

        progress.WriteLine("Compilation had not settled; timing anyway.");
    }

    /// <summary>
    /// Before any timing: every operation succeeds once, and the baseline returns exactly what the
    /// GraphQL queue returns (same rows, fields and values), so the comparison is fair.
    /// </summary>
    private static async Task CheckAsync(LoadClient client, IReadOnlyList<LoadOperation> mix, LoadOperation baseline, CancellationToken cancellationToken)
    {
        var random = new Random(1);
        var graphQL = JsonNode.Parse((await mix[0].RunAsync(client, random, cancellationToken)).GetRawText());
        var plain = JsonNode.Parse((await baseline.RunAsync(client, random, cancellationToken)).GetRawText());
        if (!JsonNode.DeepEquals(graphQL, plain))
        {
            throw new InvalidOperationException($"The baseline differs from the GraphQL queue:\n{graphQL?.ToJsonString()[..500]}\n{plain?.ToJsonString()[..500]}");
        }

        foreach (var operation in mix)
        {
            try
            {
                await operation.RunAsync(client, random, cancellationToken);
            }
            catch (LoadFailure failure)
            {
                throw new InvalidOperationException($"{operation.Name} failed: {failure.Message}", failure);
            }
        }
    }

    /// <summary>The server answers while it rebuilds the index; the figures are for the index caught up.</summary>
    private static async Task WaitForIndexAsync(LoadClient client, CancellationToken cancellationToken)
    {
        while (true)
        {
            var status = (await client.GraphQLAsync(IndexStatusQuery, null, cancellationToken)).GetProperty("searchIndexStatus");
            if (!status.GetProperty("rebuilding").GetBoolean() && Behind(status, "caseEventsBehind") == 0 && Behind(status, "articleRevisionsBehind") == 0)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
    }

    private static long Behind(JsonElement status, string field) =>
        status.GetProperty(field) is { ValueKind: JsonValueKind.String } text ? long.Parse(text.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : status.GetProperty(field).GetInt64();

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
