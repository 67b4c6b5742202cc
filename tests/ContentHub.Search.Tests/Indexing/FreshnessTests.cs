using System.Diagnostics.Metrics;
using ContentHub.Search.Indexing;
using ContentHub.Search.Tests.Infrastructure;

namespace ContentHub.Search.Tests.Indexing;

/// <summary>
/// A search sees the writes its caller made before it began (read your own writes), and waits for
/// those only, and only in the logs whose documents it returns: under a steady stream of writes,
/// chasing the newest one kept searches waiting publish after publish, and waiting for everyone's
/// made a search wait whenever anybody had just written. A caller who is not signed in waits for
/// every write made before.
/// </summary>
public sealed class FreshnessTests : IDisposable
{
    private const int Ana = 1;
    private const int Ben = 2;
    private const int Carla = 3;

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
        feed.ReportWritten(CaseEvent(1));
        var first = feed.WaitUntilFreshAsync(IndexLogs.Cases, null, Patience, CancellationToken.None);
        Assert.False(first.IsCompleted);

        feed.ReportWritten(CaseEvent(2)); // written while the first search waits
        var second = feed.WaitUntilFreshAsync(IndexLogs.Cases, null, Patience, CancellationToken.None);
        Publish(new IndexWatermark(1, 0));

        Assert.True(await first);
        Assert.False(second.IsCompleted);

        Publish(new IndexWatermark(2, 0));
        Assert.True(await second);
    }

    [Fact]
    public async Task A_search_does_not_wait_for_writes_to_a_log_it_does_not_read()
    {
        feed.ReportWritten(CaseEvent(1)); // a case changed; the article log did not
        var articles = feed.WaitUntilFreshAsync(IndexLogs.Articles, null, Patience, CancellationToken.None);
        var both = feed.WaitUntilFreshAsync(IndexLogs.Cases | IndexLogs.Articles, null, Patience, CancellationToken.None);

        Assert.True(await articles);
        Assert.False(both.IsCompleted);

        Publish(new IndexWatermark(1, 0));
        Assert.True(await both);
    }

    [Fact]
    public async Task A_person_waits_for_their_own_case_events_and_not_for_anybody_elses()
    {
        feed.ReportWritten(CaseEvent(1, actor: Ana));
        feed.ReportWritten(CaseEvent(2, actor: Ben));
        var anasSearch = feed.WaitUntilFreshAsync(IndexLogs.Cases, Ana, Patience, CancellationToken.None);
        var carlasSearch = feed.WaitUntilFreshAsync(IndexLogs.Cases, Carla, Patience, CancellationToken.None);
        var anonymousSearch = feed.WaitUntilFreshAsync(IndexLogs.Cases, null, Patience, CancellationToken.None);

        Assert.True(await carlasSearch);
        Assert.False(anasSearch.IsCompleted);

        Publish(new IndexWatermark(1, 0));
        Assert.True(await anasSearch);
        Assert.False(anonymousSearch.IsCompleted);
        Assert.False(feed.WaitUntilFreshAsync(IndexLogs.Cases, Ben, Patience, CancellationToken.None).IsCompleted);

        Publish(new IndexWatermark(2, 0));
        Assert.True(await anonymousSearch);
    }

    [Fact]
    public async Task Everyone_waits_for_article_revisions_which_do_not_record_who_saved_them()
    {
        feed.ReportWritten(new LogAppend(new IndexWatermark(0, 1), new Dictionary<int, long>()));
        var anasSearch = feed.WaitUntilFreshAsync(IndexLogs.Articles, Ana, Patience, CancellationToken.None);
        Assert.False(anasSearch.IsCompleted);

        Publish(new IndexWatermark(0, 1));
        Assert.True(await anasSearch);
    }

    [Fact]
    public async Task A_cancelled_search_stops_waiting()
    {
        feed.ReportWritten(CaseEvent(1));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => feed.WaitUntilFreshAsync(IndexLogs.Cases, null, Patience, cancel.Token));
    }

    public void Dispose()
    {
        temp.Dispose();
        meters.Dispose();
    }

    private static LogAppend CaseEvent(long sequence, int? actor = null) =>
        new(new IndexWatermark(sequence, 0), actor is { } person ? new Dictionary<int, long> { [person] = sequence } : new Dictionary<int, long>());

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
