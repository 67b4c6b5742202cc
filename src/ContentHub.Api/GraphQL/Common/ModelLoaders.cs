using System.Linq.Expressions;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using ContentHub.Data;
using ContentHub.Data.Hubs;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.GraphQL.Common;

/// <summary>Read models by key: one <c>WHERE key IN (…)</c> per batch, projected by AutoMapper.</summary>
public abstract class ModelByKeyLoader<TEntity, TModel>(
    IMappingConfiguration mapping,
    Func<CancellationToken, ValueTask<IQueryable<TEntity>>> source,
    Expression<Func<TEntity, int>> entityKey,
    Func<TModel, int> modelKey) : BatchLoader<int, TModel?>
    where TEntity : class
    where TModel : class
{
    protected sealed override async Task<IReadOnlyDictionary<int, TModel?>> FetchAsync(IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        var query = await source(cancellationToken);
        var models = await query.AsNoTracking().Where(KeyFilter.In(entityKey, keys)).ProjectTo<TModel>(mapping).ToListAsync(cancellationToken);
        return models.ToDictionary(modelKey, model => (TModel?)model);
    }
}

/// <summary>Read models by key among the addressed hub's rows only.</summary>
public abstract class HubScopedByKeyLoader<TEntity, TModel>(
    ContentHubDbContext db, IMappingConfiguration mapping, HubContext hub, Expression<Func<TEntity, int>> entityKey, Func<TModel, int> modelKey)
    : ModelByKeyLoader<TEntity, TModel>(mapping, cancellationToken => hub.ScopeAsync(db.Set<TEntity>(), cancellationToken), entityKey, modelKey)
    where TEntity : class, IHubScoped
    where TModel : class;

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
