using GraphQL;
using GraphQL.Execution;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace ContentHub.Api.GraphQL;

/// <summary>
/// Resolves the mutations of this process one at a time: a mutation's root field (where it
/// writes) waits for the one before to be resolved, without holding a thread meanwhile. For
/// SQLite, which lets one transaction write at a time: left to SQLite, a second writer that finds
/// the database locked sleeps in its busy handler (1, 2, 5, 10, 15, 20, 25 ms and on, however
/// soon the lock is free), and sleeps on one of the thread pool's two threads while the reads
/// queued behind it wait too (docs/performance.md, fifteenth pass). Here the next mutation starts
/// as soon as the one before has written. The payload's selection is executed after the turn, so
/// a client that asks for, say, a new case's similar cases does not hold up the next writer while
/// its search waits for the index. Other processes (the command line's commands) still meet
/// SQLite's busy timeout.
/// </summary>
public sealed class OneMutationAtATime : SerialExecutionStrategy
{
    private readonly SemaphoreSlim turn = new(1, 1);

    protected override async Task ExecuteNodeAsync(ExecutionContext context, ExecutionNode node)
    {
        if (node.Parent is not RootExecutionNode)
        {
            await base.ExecuteNodeAsync(context, node);
            return;
        }

        await turn.WaitAsync(context.CancellationToken);
        try
        {
            await base.ExecuteNodeAsync(context, node);
        }
        finally
        {
            turn.Release();
        }
    }
}
