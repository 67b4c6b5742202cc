using GraphQL;
using GraphQL.Execution;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace ContentHub.Api.GraphQL;

/// <summary>
/// Executes the mutations of this process one at a time (each one's fields in order, as GraphQL
/// asks), and a mutation that arrives while another runs waits for its turn without holding a
/// thread. For SQLite, which lets one transaction write at a time: left to SQLite, a second
/// writer that finds the database locked sleeps in its busy handler (1, 2, 5, 10, 15, 20, 25 ms
/// and on, however soon the lock is free), and sleeps on one of the thread pool's two threads,
/// while the reads queued behind it wait too (docs/performance.md, fifteenth pass). Here the next
/// mutation starts as soon as the one before ends. Other processes (the command line's commands)
/// still meet SQLite's busy timeout.
/// </summary>
public sealed class OneMutationAtATime : SerialExecutionStrategy
{
    private readonly SemaphoreSlim turn = new(1, 1);

    public override async Task<ExecutionResult> ExecuteAsync(ExecutionContext context)
    {
        await turn.WaitAsync(context.CancellationToken);
        try
        {
            return await base.ExecuteAsync(context);
        }
        finally
        {
            turn.Release();
        }
    }
}
