using System.Collections.Immutable;
using ContentHub.Api.Composition;
using ContentHub.Data;
using ContentHub.Data.Requests;
using ContentHub.Search.Indexing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContentHub.Api.LiveUpdates;

/// <summary>
/// The one reader of the case event log for live subscribers: it reads what was committed after the
/// last sequence it saw and fans each event out to the subscribers that want it. The log is its only
/// source — never a call from a mutation — so events committed by another server or a command-line
/// tool reach subscribers the same way as this process's own. Local saves wake it at once (through
/// <see cref="LogWriteObserver"/>); a poll finds everyone else's.
/// </summary>
public sealed class CaseEventFeed(IServiceScopeFactory scopes, IOptions<ContentHubOptions> options, ILogger<CaseEventFeed> logger)
    : BackgroundService, ILogWriteListener
{
    private const int BatchSize = 500;

    /// <summary>Longer than any transaction of ours runs; see <see cref="LateCommitWindow"/>.</summary>
    private static readonly TimeSpan SqlServerSettleTime = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim wake = new(0);
    private readonly Lock gate = new();
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ImmutableArray<CaseEventSubscriber> subscribers = [];
    private LateCommitWindow? window;
    private FeedMark mark;
    private bool stopped;

    private LiveUpdateOptions Settings => options.Value.LiveUpdates;

    /// <summary>Completes once the feed knows where the log ends, so subscribers can join.</summary>
    internal Task Ready => ready.Task;

    internal FeedMark Mark
    {
        get
        {
            lock (gate)
            {
                return mark;
            }
        }
    }

    /// <summary>How many subscribers are live now (joined, past any replay).</summary>
    public int SubscriberCount
    {
        get
        {
            lock (gate)
            {
                return subscribers.Length;
            }
        }
    }

    /// <summary>
    /// Waits until at least <paramref name="count"/> subscribers are live. A subscription without a
    /// cursor sees only what is committed after it joined, so the benchmark and the tests cause their
    /// events after this.
    /// </summary>
    public Task WaitForSubscribersAsync(int count, CancellationToken cancellationToken) =>
        PollUntilAsync(() => SubscriberCount >= count, cancellationToken);

    /// <summary>
    /// Waits until the feed has published the events up to <paramref name="sequence"/>. A subscriber
    /// without a cursor gets what the feed publishes after it joined, which can include an event
    /// committed just before: the tests wait here first when they want only the events they cause next.
    /// </summary>
    public Task WaitUntilPublishedAsync(long sequence, CancellationToken cancellationToken) =>
        PollUntilAsync(() => Mark.Published >= sequence, cancellationToken);

    private static async Task PollUntilAsync(Func<bool> done, CancellationToken cancellationToken)
    {
        while (!done())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), cancellationToken);
        }
    }

    public void ReportWritten(LogAppend append)
    {
        if (append.Sequences.CaseSequence > 0 && wake.CurrentCount == 0)
        {
            wake.Release();
        }
    }

    /// <summary>Joins a subscriber if nothing was published since <paramref name="generation"/> (so its replay left no gap).</summary>
    internal bool TryJoin(CaseEventSubscriber subscriber, long? generation)
    {
        lock (gate)
        {
            if (generation is { } expected && expected != mark.Generation)
            {
                return false;
            }

            if (stopped)
            {
                subscriber.End();
            }
            else
            {
                subscribers = subscribers.Add(subscriber);
            }

            return true;
        }
    }

    internal void Leave(CaseEventSubscriber subscriber)
    {
        lock (gate)
        {
            subscribers = subscribers.Remove(subscriber);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    window ??= await FindEndOfLogAsync(stoppingToken);
                    while (await PublishNextAsync(window, stoppingToken))
                    {
                    }

                    await wake.WaitAsync(Settings.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }
                catch (Exception error)
                {
                    // The log is the source of truth: log, wait, and read again from the last sequence published.
                    logger.LogError(error, "Reading the case event log for live subscribers failed; retrying");
                    await Task.Delay(Settings.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                }
            }
        }
        finally
        {
            ready.TrySetCanceled(stoppingToken);
            ImmutableArray<CaseEventSubscriber> ending;
            lock (gate)
            {
                (ending, subscribers, stopped) = (subscribers, [], true);
            }

            foreach (var subscriber in ending)
            {
                subscriber.End();
            }
        }
    }

    /// <summary>Live subscribers get what is committed from now on; older events are replayed from the log.</summary>
    private async Task<LateCommitWindow> FindEndOfLogAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentHubDbContext>();
        var last = await db.CaseEvents.TagWith(IndexSource.QueryTag).MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;
        var settleTime = options.Value.Database.Provider == DatabaseProvider.Sqlite ? TimeSpan.Zero : SqlServerSettleTime;
        lock (gate)
        {
            mark = new FeedMark(0, last, last);
        }

        ready.TrySetResult();
        return new LateCommitWindow(settleTime, last);
    }

    /// <summary>Publishes one batch of new events; true when there may be more.</summary>
    private async Task<bool> PublishNextAsync(LateCommitWindow window, CancellationToken cancellationToken)
    {
        var from = window.Settled;
        var take = BatchSize + window.Count;
        List<CaseEvent> read;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ContentHubDbContext>();
            read = await db.CaseEvents.TagWith(IndexSource.QueryTag).AsNoTracking().Where(e => e.Sequence > from).OrderBy(e => e.Sequence).Take(take).ToListAsync(cancellationToken);
        }

        var fresh = window.Admit(read, DateTime.UtcNow);
        lock (gate)
        {
            var cutOff = new List<CaseEventSubscriber>();
            foreach (var caseEvent in fresh)
            {
                foreach (var subscriber in subscribers)
                {
                    if (!subscriber.Offer(caseEvent))
                    {
                        cutOff.Add(subscriber);
                    }
                }
            }

            subscribers = subscribers.RemoveRange(cutOff);
            mark = fresh.Count == 0
                ? mark with { Settled = window.Settled }
                : new FeedMark(mark.Generation + 1, Math.Max(mark.Published, fresh.Max(e => e.Sequence)), window.Settled);
        }

        return read.Count == take;
    }
}

/// <summary>
/// Where the feed stands: <see cref="Generation"/> counts its publications, <see cref="Published"/> is the
/// highest sequence published, and nothing at or below <see cref="Settled"/> will be published any more.
/// </summary>
internal readonly record struct FeedMark(long Generation, long Published, long Settled);
