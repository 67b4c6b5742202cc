using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using ContentHub.Api.Composition;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContentHub.Api.GraphQL.Paging;

/// <summary>
/// Offset cursors over an ordered query, as HotChocolate's default paging does: a cursor is the
/// base64 of the item's position in the filtered, ordered list.
/// </summary>
public static class Paging
{
    public static FieldBuilder<TSource, object> WithPagingArguments<TSource>(this FieldBuilder<TSource, object> field) => field
        .Argument<IntGraphType>("first", "Returns the first n items after `after` (at most the maximum page size).")
        .Argument<StringGraphType>("after", "Returns items after this cursor.")
        .Argument<IntGraphType>("last", "Returns the last n items before `before`.")
        .Argument<StringGraphType>("before", "Returns items before this cursor.");

    /// <summary>
    /// One page of <paramref name="ordered"/>, read in two steps: first the keys of the page's rows,
    /// then the rows by <paramref name="readByKeys"/>, which must return them in the keys' order.
    /// </summary>
    /// <remarks>
    /// Why two steps: SQLite's sorter carries every selected column. Ordering whole rows made the
    /// triage queue sort all ~23,000 open cases with their descriptions at 100k cases (70 ms); ordering
    /// keys sorts index entries only (7 ms), and the second step reads a page's rows by primary key.
    /// One statement with <c>key IN (subquery)</c> did the same on paper, but SQLite then sometimes
    /// drove the outer query through an index in sort order and tested every row against the list.
    /// </remarks>
    /// <param name="knownTotal">The list's total without counting its rows, when the caller knows it; null to count.</param>
    public static async Task<Connection<TNode>> ToConnectionAsync<TEntity, TNode>(
        this IQueryable<TEntity> ordered,
        IResolveFieldContext context,
        Expression<Func<TEntity, int>> key,
        Func<List<int>, CancellationToken, Task<List<TNode>>> readByKeys,
        Func<CancellationToken, Task<int>>? knownTotal = null)
    {
        async Task<List<TNode>> ReadAsync(IQueryable<TEntity> window, CancellationToken token)
        {
            var keys = await window.Select(key).ToListAsync(token);
            return keys.Count == 0 ? [] : await readByKeys(keys, token);
        }

        var options = context.RequestServices!.GetRequiredService<IOptions<ContentHubOptions>>().Value.GraphQL;
        var cancellationToken = context.CancellationToken;
        var first = PageSize(context, "first", options.MaxPageSize);
        var last = PageSize(context, "last", options.MaxPageSize);
        if (first is not null && last is not null)
        {
            throw new UserFacingException("INVALID_PAGING", "Pass either `first` or `last`, not both.");
        }

        var after = Position(context, "after");
        var before = Position(context, "before");
        int? total = null;
        async Task<int> CountAsync(CancellationToken token) => total ??= await (knownTotal?.Invoke(token) ?? ordered.CountAsync(token));

        var start = after + 1 ?? 0;
        int end;
        bool hasNextPage;
        List<TNode> nodes;
        if (last is { } takeLast)
        {
            end = before ?? await CountAsync(cancellationToken);
            start = Math.Max(start, end - takeLast);
            nodes = await ReadAsync(ordered.Skip(start).Take(Math.Max(0, end - start)), cancellationToken);
            hasNextPage = end < await CountAsync(cancellationToken);
        }
        else
        {
            var size = first ?? options.DefaultPageSize;
            if (before is { } limit)
            {
                size = Math.Max(0, Math.Min(size, limit - start));
            }

            // One extra row tells whether there is a next page without counting.
            nodes = await ReadAsync(ordered.Skip(start).Take(size + 1), cancellationToken);
            hasNextPage = nodes.Count > size || (before is { } b && start + size < b);
            if (nodes.Count > size)
            {
                nodes.RemoveAt(size);
            }
        }

        var edges = nodes.Select((node, index) => new Edge<TNode>(Cursor(start + index), node)).ToList();
        var pageInfo = new PageInfo(hasNextPage, start > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new Connection<TNode>(edges, pageInfo, CountAsync);
    }

    /// <summary>
    /// For lists that are not queries (search results): where the page asked for with
    /// <c>first</c>/<c>after</c> starts, and how many items it holds.
    /// </summary>
    public static (int Start, int Size) ForwardWindow(IResolveFieldContext context)
    {
        var options = context.RequestServices!.GetRequiredService<IOptions<ContentHubOptions>>().Value.GraphQL;
        var size = PageSize(context, "first", options.MaxPageSize) ?? options.DefaultPageSize;
        return ((Position(context, "after") + 1) ?? 0, size);
    }

    /// <summary>A connection over one page of an already computed list of <paramref name="total"/> items.</summary>
    public static Connection<TNode> FromPage<TNode>(IReadOnlyList<TNode> page, int start, int total)
    {
        var edges = page.Select((node, index) => new Edge<TNode>(Cursor(start + index), node)).ToList();
        var pageInfo = new PageInfo(start + page.Count < total, start > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new Connection<TNode>(edges, pageInfo, _ => Task.FromResult(total));
    }

    private static string Cursor(int position) => Convert.ToBase64String(Encoding.UTF8.GetBytes(position.ToString(CultureInfo.InvariantCulture)));

    private static int? PageSize(IResolveFieldContext context, string argument, int max)
    {
        var size = context.GetArgument<int?>(argument);
        return size switch
        {
            null => null,
            < 0 => throw new UserFacingException("INVALID_PAGING", $"`{argument}` must not be negative."),
            _ when size > max => throw new UserFacingException("PAGE_SIZE_EXCEEDED", $"`{argument}` may be at most {max}; ask for more pages instead."),
            _ => size,
        };
    }

    private static int? Position(IResolveFieldContext context, string argument)
    {
        var cursor = context.GetArgument<string?>(argument);
        if (cursor is null)
        {
            return null;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var position))
            {
                return position;
            }
        }
        catch (FormatException)
        {
        }

        throw new UserFacingException("INVALID_CURSOR", $"`{argument}` is not a cursor this list gave out.");
    }
}
