using System.Diagnostics.Metrics;
using ContentHub.Search.Indexing;
using ContentHub.Search.Tests.Infrastructure;

namespace ContentHub.Search.Tests.Indexing;

/// <summary>
/// A search sees the writes this process made before it began (read your own writes), and waits
/// for those only, and only in the logs whose documents it returns: under a steady stream of
/// writes, chasing the newest one kept searches waiting publish after publish.
/// </summary>
public sealed class FreshnessTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TempSearchIndex temp = new();
    private readonly Meters meters = new();
    private readonly IndexFeed feed;

    public FreshnessTests()
    {
        temp.Index.Commit(new IndexWatermark(0, 0)); // as after the first rebuild
        feed = new IndexFeed(temp.Index, meters);
    }

    [Fact]
    public async Task A_search_waits_for_the_writes_made_before_it_began_and_not_for_later_ones()
    {
        feed.ReportWritten(new IndexWatermark(1, 0));
        var first = feed.WaitUntilFreshAsync(IndexLogs.Cases, Patience, CancellationToken.None);
        Assert.False(first.IsCompleted);

        feed.ReportWritten(new IndexWatermark(2, 0)); // written while the first search waits
        var second = feed.WaitUntilFreshAsync(IndexLogs.Cases, Patience, CancellationToken.None);
        Publish(new IndexWatermark(1, 0));

        Assert.True(await first);
        Assert.False(second.IsCompleted);

        Publish(new IndexWatermark(2, 0));
        Assert.True(await second);
    }

    [Fact]
    public async Task A_search_does_not_wait_for_writes_to_a_log_it_does_not_read()
    {
        feed.ReportWritten(new IndexWatermark(1, 0)); // a case changed; the article log did not
        var articles = feed.WaitUntilFreshAsync(IndexLogs.Articles, Patience, CancellationToken.None);
        var both = feed.WaitUntilFreshAsync(IndexLogs.Cases | IndexLogs.Articles, Patience, CancellationToken.None);

        Assert.True(await articles);
        Assert.False(both.IsCompleted);

        Publish(new IndexWatermark(1, 0));
        Assert.True(await both);
    }

    [Fact]
    public async Task A_cancelled_search_stops_waiting()
    {
        feed.ReportWritten(new IndexWatermark(1, 0));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => feed.WaitUntilFreshAsync(IndexLogs.Cases, Patience, cancel.Token));
    }

    public void Dispose()
    {
        temp.Dispose();
        meters.Dispose();
    }

    private void Publish(IndexWatermark watermark)
    {
        temp.Index.Publish(watermark);
        feed.ReportPublished();
    }

    private sealed class Meters : IMeterFactory
    {
        private readonly List<Meter> created = [];

        public Meter Create(MeterOptions options)
        {
            var meter = new Meter(options);
            created.Add(meter);
            return meter;
        }

        public void Dispose() => created.ForEach(meter => meter.Dispose());
    }
}
