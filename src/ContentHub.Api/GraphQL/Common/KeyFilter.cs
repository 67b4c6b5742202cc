using System.Linq.Expressions;
using ContentHub.Api.GraphQL.Filtering;

namespace ContentHub.Api.GraphQL.Common;

/// <summary>Rows whose key is among a list of keys, for batch loaders and the second step of a page.</summary>
public static class KeyFilter
{
    /// <summary>
    /// <c>keys.Contains(key)</c> with the keys as a SQL parameter: as a constant they were inlined
    /// into the SQL, so every batch with other keys was a new query for EF Core to compile (a miss
    /// of its query cache per batch, the largest cost of a page with nested loaders in the load test).
    /// </summary>
    public static Expression<Func<TEntity, bool>> In<TEntity>(Expression<Func<TEntity, int>> key, IReadOnlyCollection<int> keys)
    {
        var list = keys.ToList();
        return Expression.Lambda<Func<TEntity, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], FilterExpressions.Parameter(list, typeof(List<int>)), key.Body),
            key.Parameters);
    }
}
