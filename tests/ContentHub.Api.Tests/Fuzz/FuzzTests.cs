using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ContentHub.Api.Tests.Fuzz;

/// <summary>
/// Sends a bounded number of random, mutated and malformed requests to the real server and checks
/// what must hold for every one of them: no 5xx, an answer within the time bound, JSON with a
/// <c>code</c> on every error, nothing written by a mutation that failed; and afterwards a
/// database that passes SQLite's integrity and foreign key checks. Seeds are fixed so a failure
/// reproduces; each run prints its seed and what it sent.
/// </summary>
public sealed class FuzzTests(ContentHubServer server, ITestOutputHelper output) : IClassFixture<ContentHubServer>
{
    private const int RequestsPerSeed = 500;

    /// <summary>Generous: this catches a hang, it does not measure speed.</summary>
    private static readonly TimeSpan PerRequestBound = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(20261124)]
    [InlineData(6)]
    [InlineData(4711)]
    public async Task Random_and_malformed_requests_get_coded_errors_and_failed_mutations_write_nothing(int seed)
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("CONTENTHUB_FUZZ_REQUESTS"), out var asked) ? asked : RequestsPerSeed;
        output.WriteLine($"Fuzz seed {seed}, {count} requests");
        var values = new FuzzValues(new Random(seed));
        var mutations = await MutationInputs.ReadAsync(server.GraphQL);
        var operations = new OperationMutations();
        await using var database = new DatabaseWatch(Path.Combine(server.DataFolder, "contenthub.db"));
        var faults = new List<string>();
        var clock = Stopwatch.StartNew();
        var slowest = (Time: TimeSpan.Zero, Request: (FuzzRequest?)null);
        var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);

        for (var i = 0; i < count; i++)
        {
            var request = values.Next(10) switch
            {
                < 5 => mutations.Next(values),
                < 8 => operations.Next(values),
                _ => MalformedRequests.Next(values),
            };
            var version = await database.CommitVersionAsync();
            var started = clock.Elapsed;
            var (response, problem) = await SendAsync(request);
            slowest = clock.Elapsed - started > slowest.Time ? (clock.Elapsed - started, request) : slowest;
            var outcome = response is null ? "no answer" : $"{response.Status} {response.FirstErrorCode ?? (Failed(request, response) ? "payload errors" : "ok")}";
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            if (problem is null && Failed(request, response!) && await database.CommitVersionAsync() != version)
            {
                problem = $"failed, yet wrote to the database: {response!.Body}";
            }

            if (problem is not null)
            {
                faults.Add($"seed {seed} #{i} {request}\n  → {problem}\n  (the whole request: {Keep(seed, i, request)})");
            }
        }

        var integrity = await database.IntegrityProblemsAsync();
        output.WriteLine($"{count} requests in {clock.Elapsed.TotalSeconds:0.0} s (slowest {slowest.Time.TotalSeconds:0.00} s: {slowest.Request}); "
            + $"{faults.Count} faults; integrity: {(integrity.Count == 0 ? "ok" : string.Join("; ", integrity))}");
        output.WriteLine("Outcomes: " + string.Join(", ", outcomes.Select(pair => $"{pair.Key} ×{pair.Value}")));
        faults.ForEach(output.WriteLine);
        Assert.True(faults.Count == 0, $"Fuzz seed {seed}: {faults.Count} faults\n{string.Join("\n", faults.Take(20))}");
        Assert.Empty(integrity);
    }

    /// <summary>Writes a request that found a fault to a file, to replay it by hand.</summary>
    private static string Keep(int seed, int index, FuzzRequest request)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "contenthub-fuzz")).FullName;
        var file = Path.Combine(folder, $"seed-{seed}-{index}.json");
        File.WriteAllText(file, JsonSerializer.Serialize(new { request.Kind, request.ContentType, request.Accept, request.Body }));
        return file;
    }

    private async Task<(GraphQLResponse?, string?)> SendAsync(FuzzRequest request)
    {
        using var bound = new CancellationTokenSource(PerRequestBound);
        GraphQLResponse response;
        try
        {
            response = await server.GraphQL.SendRawAsync(request.Body, request.ContentType, request.Accept, bound.Token);
        }
        catch (OperationCanceledException) when (bound.IsCancellationRequested)
        {
            return (null, $"no answer within {PerRequestBound.TotalSeconds} s");
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException)
        {
            return (null, "the answer is not a JSON object: " + error.Message);
        }

        if (response.Status >= 500)
        {
            return (response, $"status {response.Status}: {response.Body}");
        }

        var codes = (response.Errors ?? []).Select(error => error?["extensions"]?["code"]).ToList();
        if (codes.Any(code => code?.GetValueKind() != JsonValueKind.String))
        {
            return (response, $"errors without extensions.code: {response.Body}");
        }

        // An unhandled exception, whatever status it came with.
        return codes.Any(code => code.Text() == "INTERNAL_SERVER_ERROR") ? (response, $"an internal error: {response.Body}") : (response, null);
    }

    /// <summary>
    /// True when no mutation of the request succeeded: no data, or every payload with errors. A
    /// mangled document may hold two mutations, and one that succeeded may write.
    /// </summary>
    private static bool Failed(FuzzRequest request, GraphQLResponse response) =>
        response.Data is not JsonObject data
        || (request.MutationField is { } field ? new[] { data[field] } : data.Select(pair => pair.Value))
            .All(payload => payload is not JsonObject { } fields || fields["errors"] is JsonArray);
}
