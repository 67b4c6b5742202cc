using System.Linq.Expressions;
using AutoMapper;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.GraphQL.Filtering;
using ContentHub.Data;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace ContentHub.Api.GraphQL.Paging;

/// <summary>
/// The one way to expose a list: <c>name(where, order, first, after, last, before): XConnection!</c>,
/// filtered and sorted in SQL, paged, and projected to read models.
/// </summary>
public static class ListField
{
    /// <summary>
    /// A list's total for this filter (the <c>where</c> argument, null without one) known without
    /// counting its rows, or null when it is not known: then the filtered rows are counted.
    /// </summary>
    public delegate ValueTask<Func<CancellationToken, Task<int>>?> KnownTotal(IResolveFieldContext context, Dictionary<string, object?>? where);

    public static FieldBuilder<TSource, object> Connection<TSource, TConnection, TFilter, TSort, TEntity, TModel>(
        this ObjectGraphType<TSource> owner,
        string name,
        Func<IResolveFieldContext<TSource>, ValueTask<IQueryable<TEntity>>> source,
        Expression<Func<TEntity, int>> tieBreaker,
        KnownTotal? knownTotal = null)
        where TEntity : class
        where TConnection : IGraphType
        where TFilter : FilterInputType<TEntity>
        where TSort : SortInputType<TEntity>
    {
        return owner.Field<NonNullGraphType<TConnection>>(name)
            .Argument<TFilter>("where", "Only items matching this filter.")
            .Argument<ListGraphType<NonNullGraphType<TSort>>>("order", "Sort by these fields, in order.")
            .WithPagingArguments()
            .ResolveAsync(async context =>
            {
                var query = await source(context);
                var where = context.GetArgument<Dictionary<string, object?>?>("where");
                if (where is not null)
                {
                    query = query.Where(ArgumentType<TFilter>(context, "where").ToPredicate(where));
                }

                var order = context.GetArgument<List<Dictionary<string, object?>>?>("order");
                var sort = ArgumentType<TSort>(context, "order");
                var db = context.Get<ContentHubDbContext>();
                var expansions = SelectedExpansions.Of<TEntity, TModel>(context, context.Get<IMappingConfiguration>());
                return await sort.Apply(query, order, tieBreaker).ToConnectionAsync(
                    context,
                    tieBreaker,
                    (keys, cancellationToken) => context.Get<RowsByKey>().ReadAsync<TEntity, TModel>(db, tieBreaker, expansions, keys, cancellationToken),
                    knownTotal is null ? null : await knownTotal(context, where));
            });
    }

    /// <summary>The input type of an argument, through NonNull and List wrappers (a filter or sort input).</summary>
    internal static T ArgumentType<T>(IResolveFieldContext context, string argument)
    {
        IGraphType? type = context.FieldDefinition.Arguments!.Find(argument)!.ResolvedType;
        while (type is IProvideResolvedType wrapper)
        {
            type = wrapper.ResolvedType;
        }

        return (T)type!;
    }
}
