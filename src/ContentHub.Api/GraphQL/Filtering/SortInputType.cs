using System.Linq.Expressions;
using GraphQL.Types;

namespace ContentHub.Api.GraphQL.Filtering;

public enum SortDirection
{
    Asc,
    Desc,
}

public sealed class SortEnumType : EnumerationGraphType<SortDirection>
{
    public SortEnumType() => Name = "SortEnumType";
}

/// <summary>
/// <c>XSortInput</c>: <c>order: [{ createdAt: DESC }, { title: ASC }]</c> sorts by each entry in turn
/// (and by the fields inside one entry in the order written). A final sort by key keeps pages stable.
/// </summary>
public abstract class SortInputType<TEntity> : InputObjectGraphType
{
    private readonly Dictionary<string, LambdaExpression> keys = [];

    protected SortInputType(string name) => Name = name;

    protected void Sort<TKey>(string name, Expression<Func<TEntity, TKey>> key)
    {
        Field<SortEnumType>(name);
        keys[name] = key;
    }

    public IOrderedQueryable<TEntity> Apply(IQueryable<TEntity> query, IEnumerable<IDictionary<string, object?>>? order, Expression<Func<TEntity, int>> tieBreaker)
    {
        IOrderedQueryable<TEntity>? sorted = null;
        foreach (var (name, value) in (order ?? []).SelectMany(entry => entry))
        {
            if (value is not SortDirection direction)
            {
                continue;
            }

            var method = (sorted is null, direction) switch
            {
                (true, SortDirection.Asc) => nameof(Queryable.OrderBy),
                (true, SortDirection.Desc) => nameof(Queryable.OrderByDescending),
                (false, SortDirection.Asc) => nameof(Queryable.ThenBy),
                _ => nameof(Queryable.ThenByDescending),
            };
            var key = keys[name];
            sorted = (IOrderedQueryable<TEntity>)query.Provider.CreateQuery<TEntity>(Expression.Call(
                typeof(Queryable), method, [typeof(TEntity), key.ReturnType], (sorted ?? query).Expression, Expression.Quote(key)));
        }

        return sorted?.ThenBy(tieBreaker) ?? DefaultOrder(query, tieBreaker);
    }

    /// <summary>The order of a list when the caller gives none.</summary>
    protected virtual IOrderedQueryable<TEntity> DefaultOrder(IQueryable<TEntity> query, Expression<Func<TEntity, int>> tieBreaker) =>
        query.OrderBy(tieBreaker);
}
