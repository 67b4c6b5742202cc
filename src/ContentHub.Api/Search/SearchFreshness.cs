using ContentHub.Api.Access;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Search.Indexing;
using GraphQL;

namespace ContentHub.Api.Search;

/// <summary>Read your own writes: a search first waits for the index to cover what its caller wrote.</summary>
public static class SearchFreshness
{
    // Past it the search answers from the index as it is rather than fail: it may miss the write.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <summary>Waits until the index covers the caller's own writes to the <paramref name="logs"/> the search reads.</summary>
    public static Task WaitForCallersWritesAsync(this IResolveFieldContext context, IndexLogs logs) =>
        context.Get<IndexFeed>().WaitUntilFreshAsync(logs, context.Get<Caller>().PersonId, Timeout, context.CancellationToken);
}
