using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ContentHub.Api.LiveUpdates;
using ContentHub.Search.Benchmarks;

namespace ContentHub.Api.Benchmarks;

/// <summary>
/// Fan-out of live case events: many sockets subscribe to one case's events, comments are added to
/// it over HTTP, and every delivery is timed from the moment the server saw the comment's
/// transaction commit (<see cref="CommitTimes"/>; the server runs in this process, on the same clock)
/// to the event's arrival at the client.
/// </summary>
public static class SubscriptionFanOut
{
    private const string Subscription = """
        subscription($id: ID!) { caseEvents(where: { helpRequest: { eq: $id } }) { sequence kind } }
        """;

    private const string Comment = """
        mutation($input: AddCaseCommentInput!) { addCaseComment(input: $input) { comment { id } errors { ... on Error { code } } } }
        """;

    /// <summary>
    /// Runs against a started server as a staff member (<paramref name="token"/>, whose comments are
    /// the events); every subscriber must receive every event, in order.
    /// </summary>
    public static async Task<FanOutResult> RunAsync(
        Uri graphQLEndpoint, string token, CaseEventFeed feed, CommitTimes commits, int subscribers, int events, int writers, TextWriter progress,
        CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = graphQLEndpoint };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        var requestId = await CaseAsync(http, cancellationToken);

        progress.WriteLine($"Opening {subscribers} subscriptions …");
        var live = feed.SubscriberCount;
        var clients = new List<GraphQLWebSocketClient>(subscribers);
        var inboxes = new List<ConcurrentQueue<Delivery>>(subscribers);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var receiving = new List<Task>(subscribers);
        try
        {
            foreach (var batch in Enumerable.Range(0, subscribers).Chunk(50))
            {
                var opened = await Task.WhenAll(batch.Select(_ => OpenAsync(graphQLEndpoint, token, requestId, cancellationToken)));
                foreach (var client in opened)
                {
                    var inbox = new ConcurrentQueue<Delivery>();
                    clients.Add(client);
                    inboxes.Add(inbox);
                    receiving.Add(ReceiveAsync(client, inbox, stop.Token));
                }
            }

            await feed.WaitForSubscribersAsync(live + subscribers, cancellationToken);

            progress.WriteLine($"Adding {events} comments with {writers} writers …");
            var started = Stopwatch.GetTimestamp();
            var next = 0;
            await Task.WhenAll(Enumerable.Range(0, writers).Select(async _ =>
            {
                while (Interlocked.Increment(ref next) is var n && n <= events)
                {
                    await CommentAsync(http, requestId, $"Fan-out benchmark comment {n}.", cancellationToken);
                }
            }));
            var writing = Stopwatch.GetElapsedTime(started);

            while (inboxes.Any(inbox => inbox.Count < events) && receiving.All(task => !task.IsCompleted))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken);
            }

            var elapsed = Stopwatch.GetElapsedTime(started);
            return Summarise(inboxes, commits, events, writing, elapsed);
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(receiving.Select(task => task.ContinueWith(_ => { }, TaskScheduler.Default)));
            await Task.WhenAll(clients.Select(client => client.DisposeAsync().AsTask()));
        }
    }

    private static async Task<GraphQLWebSocketClient> OpenAsync(Uri endpoint, string token, string requestId, CancellationToken cancellationToken)
    {
        var client = await GraphQLWebSocketClient.ConnectAsync(endpoint, cancellationToken);
        await client.InitialiseAsync(cancellationToken, new { Authorization = "Bearer " + token });
        await client.SubscribeAsync("events", Subscription, new { id = requestId }, cancellationToken);
        return client;
    }

    /// <summary>Stamps each event on arrival, before parsing anything else, and keeps it for the summary.</summary>
    private static async Task ReceiveAsync(GraphQLWebSocketClient client, ConcurrentQueue<Delivery> inbox, CancellationToken cancellationToken)
    {
        while (await client.ReceiveAsync(cancellationToken) is { } message)
        {
            var arrived = DateTimeOffset.UtcNow;
            if (message["type"]?.GetValue<string>() != "next" || message["payload"]?["data"]?["caseEvents"] is not { } caseEvent)
            {
                continue;
            }

            inbox.Enqueue(new Delivery(long.Parse(caseEvent["sequence"]!.GetValue<string>(), CultureInfo.InvariantCulture), arrived));
        }
    }

    private static FanOutResult Summarise(IReadOnlyList<ConcurrentQueue<Delivery>> inboxes, CommitTimes commits, int events, TimeSpan writing, TimeSpan elapsed)
    {
        var expected = inboxes.SelectMany(inbox => inbox).Select(d => d.Sequence).Distinct().Order().ToList();
        var complete = inboxes.Count(inbox => inbox.Select(d => d.Sequence).SequenceEqual(expected) && expected.Count == events);
        var latencies = inboxes.SelectMany(inbox => inbox)
            .Select(d => commits.Of(d.Sequence) is { } committed ? (d.Arrived - committed).TotalMilliseconds : double.NaN)
            .Where(ms => !double.IsNaN(ms))
            .Order()
            .ToArray();
        return new FanOutResult(
            inboxes.Count, events, events / writing.TotalSeconds, inboxes.Sum(inbox => inbox.Count), complete, elapsed,
            inboxes.Sum(inbox => inbox.Count) / elapsed.TotalSeconds,
            latencies.Length == 0 ? 0 : Percentiles.Of(latencies, 0.50),
            latencies.Length == 0 ? 0 : Percentiles.Of(latencies, 0.99),
            latencies.Length == 0 ? 0 : latencies[^1]);
    }

    private static async Task<string> CaseAsync(HttpClient http, CancellationToken cancellationToken) =>
        (await PostAsync(http, "{ requests(first: 1) { nodes { id } } }", null, cancellationToken))["requests"]!["nodes"]![0]!["id"]!.GetValue<string>();

    private static async Task CommentAsync(HttpClient http, string requestId, string body, CancellationToken cancellationToken)
    {
        var data = await PostAsync(http, Comment, new { input = new { requestId, body } }, cancellationToken);
        if (data["addCaseComment"]?["errors"] is JsonArray errors)
        {
            throw new InvalidOperationException("The comment failed: " + errors.ToJsonString());
        }
    }

    private static async Task<JsonNode> PostAsync(HttpClient http, string query, object? variables, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("", new { query, variables }, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken) ?? throw new InvalidOperationException("An empty response.");
        return body["errors"] is null && body["data"] is { } data ? data : throw new InvalidOperationException("GraphQL errors: " + body.ToJsonString());
    }

    private readonly record struct Delivery(long Sequence, DateTimeOffset Arrived);
}

/// <summary>
/// What the fan-out delivered: <see cref="Complete"/> subscribers got every event exactly once and in
/// order; the rate counts deliveries from the first comment sent to the last event received.
/// </summary>
public sealed record FanOutResult(
    int Subscribers, int Events, double EventsPerSecond, int Delivered, int Complete, TimeSpan Elapsed, double DeliveriesPerSecond,
    double P50Ms, double P99Ms, double MaxMs)
{
    public override string ToString() => string.Format(CultureInfo.InvariantCulture,
        "{0} subscribers, {1} events (committed at {2:0} events/s)\n" +
        "delivered  {3:N0} events in {4:0.00} s = {5:N0} events/s\n" +
        "latency    commit → received: p50 {6:0.0} ms, p99 {7:0.0} ms, max {8:0.0} ms\n" +
        "complete   {9}/{0} subscribers got every event exactly once, in order\n",
        Subscribers, Events, EventsPerSecond, Delivered, Elapsed.TotalSeconds, DeliveriesPerSecond, P50Ms, P99Ms, MaxMs, Complete);
}
