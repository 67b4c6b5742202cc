using System.Collections.Concurrent;
using System.Linq.Expressions;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using ContentHub.Data;
using ContentHub.Data.Hubs;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.GraphQL.Common;

/// <summary>
/// The rows of given keys, projected to read models, by a compiled query per table, read model,
/// set of explicit expansions and whether the addressed hub's rows only: the second step of a page
/// (<see cref="Paging.Paging.ToConnectionAsync{TEntity, TNode}"/>) and what batch loaders read
/// (<see cref="ModelByKeyLoader{TEntity, TModel}"/>). A projection is the largest expression these
/// calls run (a read model of some thirty members and the joins of its expansions), and EF Core
/// walks, hashes and looks up a query's whole expression on every call before it runs a cached
/// one; a compiled query skips that.
/// </summary>
public sealed class RowsByKey(IMappingConfiguration mapping)
{
    private readonly ConcurrentDictionary<(Type Entity, Type Model, string Key, string Expansions, bool InHub), object> queries = new();

    /// <summary>The rows of <paramref name="keys"/>, in their order; a key without a row is left out.</summary>
    public async Task<List<TModel>> ReadAsync<TEntity, TModel>(
        ContentHubDbContext db, Expression<Func<TEntity, int>> key, string[] expansions, List<int> keys, CancellationToken cancellationToken)
        where TEntity : class
    {
        var query = QueryFor<TEntity, TModel>(key, expansions, inHub: false);
        var position = new Dictionary<int, int>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            position[keys[i]] = i;
        }

        var rows = await ToListAsync(query.Run(db, 0, keys), keys.Count, cancellationToken);
        // The query does not depend on the order the keys came in: they are put back in it here.
        rows.Sort((a, b) => position[query.KeyOf(a)].CompareTo(position[query.KeyOf(b)]));
        return rows;
    }

    /// <summary>The rows of <paramref name="keys"/> that belong to hub <paramref name="hubId"/>, in no particular order.</summary>
    public Task<List<TModel>> ReadInHubAsync<TEntity, TModel>(
        ContentHubDbContext db, Expression<Func<TEntity, int>> key, int hubId, List<int> keys, CancellationToken cancellationToken)
        where TEntity : class, IHubScoped =>
        ToListAsync(QueryFor<TEntity, TModel>(key, [], inHub: true).Run(db, hubId, keys), keys.Count, cancellationToken);

    private RowsQuery<TModel> QueryFor<TEntity, TModel>(Expression<Func<TEntity, int>> key, string[] expansions, bool inHub)
        where TEntity : class
    {
        var keyName = KeyName(key);
        return (RowsQuery<TModel>)queries.GetOrAdd(
            (typeof(TEntity), typeof(TModel), keyName, string.Join(',', expansions), inHub),
            _ => Compile<TEntity, TModel>(key, keyName, expansions, inHub));
    }

    private static async Task<List<TModel>> ToListAsync<TModel>(IAsyncEnumerable<TModel> query, int capacity, CancellationToken cancellationToken)
    {
        var rows = new List<TModel>(capacity);
        await foreach (var row in query.WithCancellation(cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    private RowsQuery<TModel> Compile<TEntity, TModel>(Expression<Func<TEntity, int>> key, string keyName, string[] expansions, bool inHub)
        where TEntity : class
    {
        var db = Expression.Parameter(typeof(ContentHubDbContext), "db");
        var hubId = Expression.Parameter(typeof(int), "hubId");
        var keys = Expression.Parameter(typeof(List<int>), "keys");
        var rows = Expression.Call(db, nameof(DbContext.Set), [typeof(TEntity)]);
        var noTracking = Expression.Call(typeof(EntityFrameworkQueryableExtensions), nameof(EntityFrameworkQueryableExtensions.AsNoTracking), [typeof(TEntity)], rows);
        Expression wanted = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], keys, key.Body);
        if (inHub)
        {
            var rowHub = Expression.Property(Expression.Convert(key.Parameters[0], typeof(IHubScoped)), nameof(IHubScoped.HubId));
            wanted = Expression.AndAlso(Expression.Equal(rowHub, hubId), wanted);
        }

        var ofKeys = Expression.Call(
            typeof(Queryable), nameof(Queryable.Where), [typeof(TEntity)], noTracking,
            Expression.Quote(Expression.Lambda<Func<TEntity, bool>>(wanted, key.Parameters)));

        var body = Projected<TEntity, TModel>(ofKeys, expansions);
        var run = EF.CompileAsyncQuery(Expression.Lambda<Func<ContentHubDbContext, int, List<int>, IQueryable<TModel>>>(body, db, hubId, keys));

        var model = Expression.Parameter(typeof(TModel), "model");
        var modelKey = Expression.Lambda<Func<TModel, int>>(Expression.Property(model, keyName), model).Compile();
        return new RowsQuery<TModel>(run, modelKey);
    }

    /// <summary>
    /// AutoMapper's projection of <typeparamref name="TModel"/> over the rows of <paramref name="source"/>
    /// (an <c>IQueryable&lt;TEntity&gt;</c> expression), for the body of a compiled query. AutoMapper
    /// writes it over a stand-in source, which is then replaced.
    /// </summary>
    public Expression Projected<TEntity, TModel>(Expression source, string[]? expansions = null)
    {
        var standIn = Array.Empty<TEntity>().AsQueryable();
        var projected = standIn.ProjectTo<TModel>(mapping, null, expansions ?? []).Expression;
        return new SourceReplacer(standIn.Expression, source).Visit(projected)!;
    }

    private static string KeyName<TEntity>(Expression<Func<TEntity, int>> key) =>
        key.Body is MemberExpression { Expression: ParameterExpression } member
            ? member.Member.Name
            : throw new ArgumentException($"A row's key must be a member of it, such as `r => r.Id`, not `{key}`.", nameof(key));

    private sealed record RowsQuery<TModel>(Func<ContentHubDbContext, int, List<int>, IAsyncEnumerable<TModel>> Run, Func<TModel, int> KeyOf);

    private sealed class SourceReplacer(Expression standIn, Expression source) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node) => node == standIn ? source : base.Visit(node);
    }
}
