using System.Collections.Concurrent;
using ContentHub.Search.Indexing;

namespace ContentHub.Api.Benchmarks;

/// <summary>
/// When each case event was committed, as the server itself learns it (the same signal that wakes the
/// feed): the start of a delivery's latency. Registered in the server the benchmark runs in-process.
/// </summary>
public sealed class CommitTimes : ILogWriteListener
{
    private readonly ConcurrentDictionary<long, DateTimeOffset> committed = new();

    public void ReportWritten(LogAppend append)
    {
        if (append.Sequences.CaseSequence > 0)
        {
            committed.TryAdd(append.Sequences.CaseSequence, DateTimeOffset.UtcNow);
        }
    }

    public DateTimeOffset? Of(long sequence) => committed.TryGetValue(sequence, out var at) ? at : null;
}
