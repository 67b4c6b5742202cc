using ContentHub.Api.Benchmarks;
using ContentHub.Api.LiveUpdates;
using ContentHub.Search.Benchmarks;

namespace ContentHub.Api.Composition;

/// <summary>
/// <c>contenthub bench subscriptions</c>: starts the server in-process on 127.0.0.1 with a fresh,
/// seeded data folder, opens the subscriptions with <see cref="GraphQLWebSocketClient"/> and measures
/// the fan-out (<see cref="SubscriptionFanOut"/>). Client and server share the machine's cores.
/// </summary>
public static class SubscriptionBenchmarkCommand
{
    public const string Usage =
        "usage: contenthub bench subscriptions [--subscribers N] [--events N] [--writers N]\n" +
        "  defaults: --subscribers 1000 --events 200 --writers 4";

    /// <summary>A guard against a run that hangs; a healthy one takes well under a minute.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(10);

    public static async Task<int> RunAsync(string[] args)
    {
        if (Parse(args) is not { } options)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var folder = Path.Combine(Path.GetTempPath(), "contenthub-bench-" + Guid.NewGuid().ToString("N"));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            Args = [$"--ContentHub:DataFolder={folder}", "--Urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"],
        });
        builder.AddContentHub();
        var commits = new CommitTimes();
        builder.Services.AddSingleton<ContentHub.Search.Indexing.ILogWriteListener>(commits);
        await using var app = builder.Build();
        try
        {
            await app.PrepareContentHubAsync();
            await app.StartAsync();
            var address = app.Urls.First();
            Console.WriteLine(BenchmarkReport.Environment());
            using var guard = new CancellationTokenSource(Guard);
            var admin = await ContentHub.Api.Access.FirstAdmin.CreateAsync(app.Services, "Benchmark", null, null, guard.Token);
            var result = await SubscriptionFanOut.RunAsync(new Uri(new Uri(address), "/graphql"), admin.Secret, app.Services.GetRequiredService<CaseEventFeed>(), commits,
                options.Subscribers, options.Events, options.Writers, Console.Error, guard.Token);
            Console.Write(result);
            return result.Complete == result.Subscribers ? 0 : 1;
        }
        finally
        {
            await app.StopAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed record Options(int Subscribers, int Events, int Writers);

    private static Options? Parse(string[] args)
    {
        var options = new Options(1_000, 200, 4);
        var queue = new Queue<string>(args);
        while (queue.TryDequeue(out var flag))
        {
            var value = BenchmarkCommand.Positive(queue.TryDequeue(out var text) ? text : null);
            options = (flag, value) switch
            {
                ("--subscribers", { } subscribers) => options with { Subscribers = subscribers },
                ("--events", { } events) => options with { Events = events },
                ("--writers", { } writers) => options with { Writers = writers },
                _ => null,
            };
            if (options is null)
            {
                return null;
            }
        }

        return options;
    }
}
