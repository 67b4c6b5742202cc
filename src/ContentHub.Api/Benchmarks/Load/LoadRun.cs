using System.Diagnostics;
using ContentHub.Search.Benchmarks;

namespace ContentHub.Api.Benchmarks.Load;

/// <summary>One operation's figures from a run: calls that succeeded per second and their latency.</summary>
public sealed record OperationResult(string Name, bool Reads, int Calls, int Failures, double PerSecond, double P50Ms, double P99Ms, string? FirstFailure);

/// <summary>
/// Drives a started server with a few concurrent clients (the machines have two cores, shared with
/// the server). Each client loops: pick an operation, call it, record the time from send to parsed
/// response.
/// </summary>
public static class LoadRun
{
    /// <summary>The mix for <paramref name="duration"/>, each client picking operations by weight.</summary>
    public static async Task<List<OperationResult>> MixAsync(
        LoadClient client, IReadOnlyList<LoadOperation> operations, int clients, TimeSpan duration, int seed, CancellationToken cancellationToken)
    {
        var total = operations.Sum(o => o.Weight);
        var recorders = await RunClientsAsync(clients, duration, seed, async (random, recorder, token) =>
        {
            var pick = random.Next(total);
            var operation = operations.SkipWhile(o => (pick -= o.Weight) >= 0).First();
            await recorder.TimeAsync(operation, () => operation.RunAsync(client, random, token));
        }, cancellationToken);
        return operations.Select(o => Summarise(o, recorders, duration)).ToList();
    }

    /// <summary>
    /// Two operations head to head with the same clients, alternating in short slices so that load
    /// from elsewhere on the machine falls on both alike; each one's throughput counts its own slices.
    /// </summary>
    public static async Task<(OperationResult First, OperationResult Second)> HeadToHeadAsync(
        LoadClient client, LoadOperation first, LoadOperation second, int clients, TimeSpan duration, int seed, CancellationToken cancellationToken)
    {
        var slice = TimeSpan.FromSeconds(Math.Clamp(duration.TotalSeconds / 10, 0.25, 2));
        var recorders = new List<Recorder>();
        var elapsed = TimeSpan.Zero;
        for (var turn = 0; elapsed < duration; turn++, elapsed += slice)
        {
            var operation = turn % 2 == 0 ? first : second;
            recorders.AddRange(await RunClientsAsync(clients, slice, seed + turn,
                (random, recorder, token) => recorder.TimeAsync(operation, () => operation.RunAsync(client, random, token)), cancellationToken));
        }

        var each = duration / 2;
        return (Summarise(first, recorders, each), Summarise(second, recorders, each));
    }

    private static async Task<List<Recorder>> RunClientsAsync(
        int clients, TimeSpan duration, int seed, Func<Random, Recorder, CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var recorders = Enumerable.Range(0, clients).Select(_ => new Recorder()).ToList();
        await Task.WhenAll(recorders.Select((recorder, i) => Task.Run(async () =>
        {
            var random = new Random(seed * 7919 + i);
            while (Stopwatch.GetTimestamp() < deadline)
            {
                await call(random, recorder, cancellationToken);
            }
        }, cancellationToken)));
        return recorders;
    }

    private static OperationResult Summarise(LoadOperation operation, List<Recorder> recorders, TimeSpan duration)
    {
        var times = recorders.SelectMany(r => r.Times(operation.Name)).Order().ToArray();
        var failures = recorders.SelectMany(r => r.Failures(operation.Name)).ToList();
        return new OperationResult(operation.Name, operation.Reads, times.Length, failures.Count, times.Length / duration.TotalSeconds,
            times.Length == 0 ? double.NaN : Percentiles.Of(times, 0.50), times.Length == 0 ? double.NaN : Percentiles.Of(times, 0.99), failures.FirstOrDefault());
    }

    /// <summary>One client's timings (ms) and failures by operation; no locks, one client each.</summary>
    private sealed class Recorder
    {
        private readonly Dictionary<string, List<double>> times = [];
        private readonly Dictionary<string, List<string>> failures = [];

        public async Task TimeAsync(LoadOperation operation, Func<Task> call)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await call();
                Add(times, operation.Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (Exception exception) when (exception is LoadFailure or HttpRequestException or TaskCanceledException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
            {
                Add(failures, operation.Name, exception.Message);
            }
        }

        public IEnumerable<double> Times(string name) => times.GetValueOrDefault(name) ?? [];

        public IEnumerable<string> Failures(string name) => failures.GetValueOrDefault(name) ?? [];

        private static void Add<T>(Dictionary<string, List<T>> lists, string name, T value)
        {
            if (!lists.TryGetValue(name, out var list))
            {
                lists[name] = list = [];
            }

            list.Add(value);
        }
    }
}
