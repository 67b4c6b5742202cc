using System.Linq.Expressions;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using ContentHub.Data;
using ContentHub.Data.Hubs;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.GraphQL.Common;

/// <summary>
/// Read models by key, one query per batch, compiled (<see cref="RowsByKey"/>). Every row of the
/// table may be read unless a loader narrows <see cref="ReadAsync"/> to what its caller may see.
/// </summary>
public abstract class ModelByKeyLoader<TEntity, TModel>(
    ContentHubDbContext db, RowsByKey rows, Expression<Func<TEntity, int>> entityKey, Func<TModel, int> modelKey) : BatchLoader<int, TModel?>
    where TEntity : class
    where TModel : class
{
    protected ContentHubDbContext Db => db;

    protected RowsByKey Rows => rows;

    protected Expression<Func<TEntity, int>> EntityKey => entityKey;

    protected sealed override async Task<IReadOnlyDictionary<int, TModel?>> FetchAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        var models = await ReadAsync(keys.ToList(), cancellationToken);
        return models.ToDictionary(modelKey, model => (TModel?)model);
    }

    /// <summary>The read models of those <paramref name="keys"/> the caller may read.</summary>
    protected virtual Task<List<TModel>> ReadAsync(List<int> keys, CancellationToken cancellationToken) =>
        rows.ReadAsync<TEntity, TModel>(db, entityKey, [], keys, cancellationToken);

    /// <summary>
    /// The read models of those <paramref name="keys"/> that <paramref name="visible"/> holds: first
    /// which keys it holds, by a small query built with the caller's rules, then the compiled read.
    /// </summary>
    protected async Task<List<TModel>> ReadVisibleAsync(IQueryable<TEntity> visible, List<int> keys, CancellationToken cancellationToken)
    {
        var held = await visible.AsNoTracking().Where(KeyFilter.In(entityKey, keys)).Select(entityKey).ToListAsync(cancellationToken);
        return await rows.ReadAsync<TEntity, TModel>(db, entityKey, [], held, cancellationToken);
    }
}

/// <summary>Read models by key among the addressed hub's rows only.</summary>
public abstract class HubScopedByKeyLoader<TEntity, TModel>(
    ContentHubDbContext db, RowsByKey rows, HubContext hub, Expression<Func<TEntity, int>> entityKey, Func<TModel, int> modelKey)
    : ModelByKeyLoader<TEntity, TModel>(db, rows, entityKey, modelKey)
    where TEntity : class, IHubScoped
    where TModel : class
{
    protected override async Task<List<TModel>> ReadAsync(List<int> keys, CancellationToken cancellationToken) =>
        await Rows.ReadInHubAsync<TEntity, TModel>(Db, EntityKey, await hub.GetHubIdAsync(cancellationToken), keys, cancellationToken);
}

/// <summary>The read models of many parents' children in one query, grouped per parent.</summary>
public abstract class ModelsByParentLoader<TEntity, TModel>(
    IMappingConfiguration mapping,
    IQueryable<TEntity> source,
    Expression<Func<TEntity, int>> parentKey,
    Func<TModel, int> modelParentKey,
    Func<IQueryable<TEntity>, IQueryable<TEntity>> order) : GroupBatchLoader<int, TModel>
    where TEntity : class
    where TModel : class
{
    protected sealed override async Task<IReadOnlyList<KeyValuePair<int, TModel>>> FetchRowsAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        var filtered = source.AsNoTracking().Where(KeyFilter.In(parentKey, keys));
        var models = await order(filtered).ProjectTo<TModel>(mapping).ToListAsync(cancellationToken);
        return models.Select(model => KeyValuePair.Create(modelParentKey(model), model)).ToList();
    }
}
