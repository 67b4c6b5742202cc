using GraphQL.DataLoader;

namespace ContentHub.Api.GraphQL.Common;

public static class DataLoaderResults
{
    /// <summary>
    /// A batch loader's result, transformed once it arrives. Awaiting the result inside a resolver
    /// instead would fetch the pending keys early, one batch per parent.
    /// </summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> transform) =>
        new Transformed<T, TResult>(result, transform);

    private sealed class Transformed<T, TResult>(IDataLoaderResult<T> inner, Func<T, TResult> transform) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) => transform(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
