namespace ContentHub.Api.GraphQL.Paging;

public sealed record Connection<TNode>(IReadOnlyList<Edge<TNode>> Edges, PageInfo PageInfo, Func<CancellationToken, Task<int>> CountAsync);

public sealed record Edge<TNode>(string Cursor, TNode Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
