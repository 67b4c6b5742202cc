using GraphQL.DataLoader;

namespace ContentHub.Api.GraphQL.Common;

/// <summary>
/// A request-scoped batch loader on GraphQL.NET's <see cref="IDataLoaderResult"/>: resolvers at one
/// level ask for keys, and the first result awaited fetches every pending key with one query
/// (<c>WHERE key IN (…)</c>). Results are cached for the rest of the request.
/// </summary>
public abstract class BatchLoader<TKey, TValue> where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> loaded = [];
    private readonly HashSet<TKey> pending = [];
    private readonly SemaphoreSlim fetching = new(1, 1);

    /// <summary>Fetches the values of many keys at once; keys without a value may be left out.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken);

    /// <summary>The value for keys the fetch left out (null, or an empty list for one-to-many loaders).</summary>
    protected virtual TValue Missing => default!;

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        if (loaded.TryGetValue(key, out var value))
        {
            return new Loaded(value);
        }

        pending.Add(key);
        return new PendingResult(this, key);
    }

    /// <summary>Several keys at once, in order; keys without a value are left out.</summary>
    public IDataLoaderResult<IReadOnlyList<TValue>> LoadMany(IEnumerable<TKey> keys) => new Many(keys.Select(Load).ToList());

    private async Task<TValue> ResultForAsync(TKey key, CancellationToken cancellationToken)
    {
        await fetching.WaitAsync(cancellationToken);
        try
        {
            if (pending.Count > 0)
            {
                var batch = pending.ToArray();
                pending.Clear();
                var values = await FetchAsync(batch, cancellationToken);
                foreach (var batchKey in batch)
                {
                    loaded[batchKey] = values.TryGetValue(batchKey, out var value) ? value : Missing;
                }
            }

            return loaded.TryGetValue(key, out var result) ? result : Missing;
        }
        finally
        {
            fetching.Release();
        }
    }

    private sealed class Loaded(TValue value) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }

    private sealed class Many(List<IDataLoaderResult<TValue>> results) : IDataLoaderResult<IReadOnlyList<TValue>>
    {
        public async Task<IReadOnlyList<TValue>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new List<TValue>(results.Count);
            foreach (var result in results)
            {
                if (await result.GetResultAsync(cancellationToken) is { } value)
                {
                    values.Add(value);
                }
            }

            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private sealed class PendingResult(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => loader.ResultForAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

/// <summary>A batch loader for one-to-many relations: every key gets a list, empty when nothing matches.</summary>
public abstract class GroupBatchLoader<TKey, TValue> : BatchLoader<TKey, IReadOnlyList<TValue>> where TKey : notnull
{
    protected sealed override IReadOnlyList<TValue> Missing => [];

    protected sealed override async Task<IReadOnlyDictionary<TKey, IReadOnlyList<TValue>>> FetchAsync(
        IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken)
    {
        var rows = await FetchRowsAsync(keys, cancellationToken);
        return rows.GroupBy(row => row.Key).ToDictionary(g => g.Key, g => (IReadOnlyList<TValue>)g.Select(row => row.Value).ToList());
    }

    /// <summary>All values of the given keys, each paired with its key, in the order the list should show.</summary>
    protected abstract Task<IReadOnlyList<KeyValuePair<TKey, TValue>>> FetchRowsAsync(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken);
}
