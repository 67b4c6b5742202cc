using System.Collections.Concurrent;
using System.Linq.Expressions;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using ContentHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.GraphQL.Paging;

/// <summary>
/// The second step of a page (<see cref="Paging.ToConnectionAsync{TEntity, TNode}"/>): the rows of
/// the page's keys, projected to read models, by a compiled query per list and set of explicit
/// expansions. Its expression is the largest a page runs (a read model of some thirty members and
/// the joins of its expansions), and EF Core walks, hashes and looks up a query's whole expression
/// on every call before it runs a cached one; a compiled query skips that. The keys come in the
/// page's order and the rows are put back in it here, so the query no longer depends on the sort.
/// </summary>
public sealed class PageRows(IMappingConfiguration mapping)
{
    private readonly ConcurrentDictionary<(Type Entity, Type Model, string Key, string Expansions), object> queries = new();

    public async Task<List<TModel>> ReadAsync<TEntity, TModel>(
        ContentHubDbContext db, Expression<Func<TEntity, int>> key, string[] expansions, List<int> keys, CancellationToken cancellationToken)
        where TEntity : class
    {
        var keyName = KeyName(key);
        var query = (RowsQuery<TModel>)queries.GetOrAdd(
            (typeof(TEntity), typeof(TModel), keyName, string.Join(',', expansions)),
            _ => Compile<TEntity, TModel>(key, keyName, expansions));
        var position = new Dictionary<int, int>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            position[keys[i]] = i;
        }

        var rows = new List<TModel>(keys.Count);
        await foreach (var row in query.Run(db, keys).WithCancellation(cancellationToken))
        {
            rows.Add(row);
        }

        // A row deleted between the two steps is simply not on the page.
        rows.Sort((a, b) => position[query.KeyOf(a)].CompareTo(position[query.KeyOf(b)]));
        return rows;
    }

    private RowsQuery<TModel> Compile<TEntity, TModel>(Expression<Func<TEntity, int>> key, string keyName, string[] expansions)
        where TEntity : class
    {
        var db = Expression.Parameter(typeof(ContentHubDbContext), "db");
        var keys = Expression.Parameter(typeof(List<int>), "keys");
        var rows = Expression.Call(db, nameof(DbContext.Set), [typeof(TEntity)]);
        var noTracking = Expression.Call(typeof(EntityFrameworkQueryableExtensions), nameof(EntityFrameworkQueryableExtensions.AsNoTracking), [typeof(TEntity)], rows);
        var ofKeys = Expression.Call(
            typeof(Queryable), nameof(Queryable.Where), [typeof(TEntity)], noTracking,
            Expression.Quote(Expression.Lambda<Func<TEntity, bool>>(
                Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], keys, key.Body), key.Parameters)));

        // AutoMapper writes the projection over a stand-in source; the query puts it over the rows.
        var standIn = Array.Empty<TEntity>().AsQueryable();
        var projected = standIn.ProjectTo<TModel>(mapping, null, expansions).Expression;
        var body = new SourceReplacer(standIn.Expression, ofKeys).Visit(projected)!;
        var run = EF.CompileAsyncQuery(Expression.Lambda<Func<ContentHubDbContext, List<int>, IQueryable<TModel>>>(body, db, keys));

        var model = Expression.Parameter(typeof(TModel), "model");
        var modelKey = Expression.Lambda<Func<TModel, int>>(Expression.Property(model, keyName), model).Compile();
        return new RowsQuery<TModel>(run, modelKey);
    }

    private static string KeyName<TEntity>(Expression<Func<TEntity, int>> key) =>
        key.Body is MemberExpression { Expression: ParameterExpression } member
            ? member.Member.Name
            : throw new ArgumentException($"A page's key must be a member of its row, such as `r => r.Id`, not `{key}`.", nameof(key));

    private sealed record RowsQuery<TModel>(Func<ContentHubDbContext, List<int>, IAsyncEnumerable<TModel>> Run, Func<TModel, int> KeyOf);

    private sealed class SourceReplacer(Expression standIn, Expression source) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node) => node == standIn ? source : base.Visit(node);
    }
}
