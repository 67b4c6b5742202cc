using System.Linq.Expressions;
using GraphQL.Types;
using static ContentHub.Api.GraphQL.Filtering.FilterExpressions;

namespace ContentHub.Api.GraphQL.Filtering;

/// <summary>
/// <c>XFilterInput</c> for an entity: each field filters one property (or a navigation) with an
/// operation input, and <c>and</c>/<c>or</c> combine nested filters. Translated to an expression
/// tree, so EF Core runs the filter in SQL.
/// </summary>
public abstract class FilterInputType<TEntity> : InputObjectGraphType, IFilterOperations
{
    private readonly Dictionary<string, (LambdaExpression Subject, string? NodeType)> fields = [];

    protected FilterInputType(string name)
    {
        Name = name;
        Field("and", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(name))));
        Field("or", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(name))));
    }

    /// <summary>A field filtered with the operation input <typeparamref name="TOperations"/>.</summary>
    protected void Filter<TOperations, TValue>(string name, Expression<Func<TEntity, TValue>> subject)
        where TOperations : IInputObjectGraphType
    {
        Field<TOperations>(name);
        fields[name] = (subject, null);
    }

    /// <summary>A reference filtered by the global ID of a <paramref name="nodeType"/> node.</summary>
    protected void FilterById<TValue>(string name, Expression<Func<TEntity, TValue>> key, string nodeType)
    {
        Field<IdOperationFilterInputType>(name);
        fields[name] = (key, nodeType);
    }

    public Expression<Func<TEntity, bool>> ToPredicate(IDictionary<string, object?> where)
    {
        var entity = Expression.Parameter(typeof(TEntity), "entity");
        return Expression.Lambda<Func<TEntity, bool>>(Build(entity, where), entity);
    }

    public Expression Build(Expression subject, IDictionary<string, object?> values) => Combine(values.Select(pair =>
    {
        if (pair.Key is "and" or "or")
        {
            return Combine(Dictionaries(pair.Value).Select(nested => Build(subject, nested)), all: pair.Key == "and");
        }

        if (pair.Value is not IDictionary<string, object?> operations)
        {
            return Expression.Constant(true);
        }

        var (lambda, nodeType) = fields[pair.Key];
        var operands = nodeType is null ? operations : GlobalIdOperands.ToKeys(operations, nodeType);
        return OperationsOf(this, pair.Key).Build(Replace(lambda, subject), operands);
    }), all: true);
}

/// <summary>
/// <c>some</c>/<c>all</c>/<c>none</c>/<c>any</c> over a collection (a list of strings or of related
/// entities), with <typeparamref name="TElementFilter"/> applied to each element.
/// </summary>
public abstract class ListFilterInputType<TElementFilter> : InputObjectGraphType, IFilterOperations
    where TElementFilter : IInputObjectGraphType
{
    protected ListFilterInputType(string name)
    {
        Name = name;
        Field<TElementFilter>("some").Description("At least one element matches.");
        Field<TElementFilter>("all").Description("Every element matches.");
        Field<TElementFilter>("none").Description("No element matches.");
        Field<BooleanGraphType>("any").Description("True: the list has elements; false: it is empty.");
    }

    public Expression Build(Expression subject, IDictionary<string, object?> values)
    {
        var elementType = subject.Type.GetInterfaces().Append(subject.Type)
            .First(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IEnumerable<>)).GetGenericArguments()[0];
        var element = Expression.Parameter(elementType, "element");

        Expression Quantify(string method, object? elementFilter, bool negate = false)
        {
            var body = elementFilter is IDictionary<string, object?> filter ? OperationsOf(this, "some").Build(element, filter) : Expression.Constant(true);
            if (negate)
            {
                body = Expression.Not(body);
            }

            return Expression.Call(typeof(Enumerable), method, [elementType], subject, Expression.Lambda(body, element));
        }

        return Combine(values.Select(pair => pair.Key switch
        {
            "some" => Quantify(nameof(Enumerable.Any), pair.Value),
            "all" => Quantify(nameof(Enumerable.All), pair.Value),
            "none" => Expression.Not(Quantify(nameof(Enumerable.Any), pair.Value)),
            "any" => pair.Value is true
                ? Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [elementType], subject)
                : Expression.Not(Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [elementType], subject)),
            _ => throw new InvalidOperationException($"Unknown list operation {pair.Key}."),
        }), all: true);
    }
}

public sealed class ListStringOperationFilterInputType() : ListFilterInputType<StringOperationFilterInputType>("ListStringOperationFilterInput");
