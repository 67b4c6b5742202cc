using System.Diagnostics;
using ContentHub.Search.Benchmarks;

namespace ContentHub.Api.Benchmarks.Load;

/// <summary>One operation's figures from a run: calls that succeeded per second and their latency.</summary>
public sealed record OperationResult(string Name, bool Reads, int Calls, int Failures, double PerSecond, double P50Ms, double P99Ms, string? FirstFailure)
{
    /// <summary>The calls a second of a whole mix.</summary>
    public static double TotalPerSecond(IEnumerable<OperationResult> mix) => mix.Sum(o => o.PerSecond);
}

/// <summary>
/// Drives a started server in two ways: a few clients calling in a closed loop (saturation: what the
/// server can do, on two cores it shares with the clients), and calls arriving at a steady rate
/// (what a user waits at that load). Latency runs to the parsed response.
/// </summary>
public static class LoadRun
{
    /// <summary>
    /// The mix at saturation for <paramref name="duration"/>: each client calls again as soon as its
    /// last call is answered, picking operations by weight. Its throughput is what the server can do;
    /// its latencies are mostly waiting for the other clients' calls (see <see cref="AtRateAsync"/>).
    /// </summary>
    public static async Task<List<OperationResult>> MixAsync(
        LoadClient client, IReadOnlyList<LoadOperation> operations, int clients, TimeSpan duration, int seed, CancellationToken cancellationToken)
    {
        var recorders = await RunClientsAsync(clients, duration, seed, async (random, recorder, token) =>
        {
            var operation = Pick(operations, random);
            await recorder.TimeAsync(operation, Stopwatch.GetTimestamp(), () => operation.RunAsync(client, random, token));
        }, cancellationToken);
        return operations.Select(o => Summarise(o, recorders, duration)).ToList();
    }

    /// <summary>
    /// The mix offered at a steady rate, the way independent users arrive: calls start at random
    /// (exponential) intervals averaging 1/<paramref name="perSecond"/>, whether or not earlier calls
    /// have been answered, and each call's latency counts from when it was due rather than from when
    /// it was sent, so a server that falls behind is not excused by its own slowness (no coordinated
    /// omission). These are the latencies a user feels at that load.
    /// </summary>
    public static async Task<List<OperationResult>> AtRateAsync(
        LoadClient client, IReadOnlyList<LoadOperation> operations, double perSecond, TimeSpan duration, int seed, CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        var recorder = new Recorder();
        var calls = new List<Task>();
        var start = Stopwatch.GetTimestamp();
        for (var due = NextArrival(random, perSecond); due < duration.TotalSeconds; due += NextArrival(random, perSecond))
        {
            var dueAt = start + (long)(due * Stopwatch.Frequency);
            var early = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), dueAt);
            if (early > TimeSpan.Zero)
            {
                await Task.Delay(early, cancellationToken);
            }

            var operation = Pick(operations, random);
            var callRandom = new Random(random.Next());
            calls.Add(Task.Run(() => recorder.TimeAsync(operation, dueAt, () => operation.RunAsync(client, callRandom, cancellationToken)), cancellationToken));
        }

        await Task.WhenAll(calls);
        return operations.Select(o => Summarise(o, [recorder], duration)).ToList();
    }

    /// <summary>Seconds to the next call of a Poisson process with <paramref name="perSecond"/> calls a second.</summary>
    private static double NextArrival(Random random, double perSecond) => -Math.Log(1 - random.NextDouble()) / perSecond;

    private static LoadOperation Pick(IReadOnlyList<LoadOperation> operations, Random random)
    {
        var pick = random.Next(operations.Sum(o => o.Weight));
        return operations.SkipWhile(o => (pick -= o.Weight) >= 0).First();
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
                (random, recorder, token) => recorder.TimeAsync(operation, Stopwatch.GetTimestamp(), () => operation.RunAsync(client, random, token)), cancellationToken));
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

    /// <summary>Timings (ms) and failures by operation; one per closed-loop client, one shared by all calls at a steady rate.</summary>
    private sealed class Recorder
    {
        private readonly Dictionary<string, List<double>> times = [];
        private readonly Dictionary<string, List<string>> failures = [];

        /// <summary>Makes the call and records the time from <paramref name="startedAt"/> (a <see cref="Stopwatch"/> timestamp) to its answer.</summary>
        public async Task TimeAsync(LoadOperation operation, long startedAt, Func<Task> call)
        {
            try
            {
                await call();
                Add(times, operation.Name, Stopwatch.GetElapsedTime(startedAt).TotalMilliseconds);
            }
            catch (Exception exception) when (exception is LoadFailure or HttpRequestException or TaskCanceledException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
            {
                Add(failures, operation.Name, exception.Message);
            }
        }

        public IEnumerable<double> Times(string name) => times.GetValueOrDefault(name) ?? [];

        public IEnumerable<string> Failures(string name) => failures.GetValueOrDefault(name) ?? [];

        private void Add<T>(Dictionary<string, List<T>> lists, string name, T value)
        {
            lock (times)
            {
                if (!lists.TryGetValue(name, out var list))
                {
                    lists[name] = list = [];
                }

                list.Add(value);
            }
        }
    }
}
