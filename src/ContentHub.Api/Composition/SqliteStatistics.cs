using ContentHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Composition;

/// <summary>
/// Keeps SQLite's table statistics current, as SQLite advises for long-running programs: at start
/// and every few hours, <c>PRAGMA optimize</c> analyses the tables that have none yet or have
/// grown tenfold since, reading at most a sample of each index (<c>analysis_limit</c>).
/// </summary>
/// <remarks>
/// Without statistics the planner guesses that every indexed equality is selective. At 100k cases
/// it then answered <c>HubId = @hub AND Id IN (five keys)</c>, the shape of every batch loader,
/// by walking all the hub's cases in an index (20 ms) rather than by five primary-key lookups.
/// </remarks>
internal sealed class SqliteStatistics(IServiceScopeFactory scopes, ILogger<SqliteStatistics> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ContentHubDbContext>();
                await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=1000; PRAGMA optimize=0x10002;", stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // Statistics only steer the planner; queries stay correct without them.
                logger.LogWarning(error, "Updating the SQLite statistics failed; trying again in {Hours} hours", Interval.TotalHours);
            }

            await Task.Delay(Interval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
