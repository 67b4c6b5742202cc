using System.Linq.Expressions;
using GraphQL.Types;
using static ContentHub.Api.GraphQL.Filtering.FilterExpressions;

namespace ContentHub.Api.GraphQL.Filtering;

/// <summary>
/// Base of the scalar operation inputs (<c>StringOperationFilterInput</c>, <c>IntOperationFilterInput</c> …).
/// Each operation maps its operand to a predicate; <c>and</c>/<c>or</c> combine nested inputs of the same type.
/// </summary>
public abstract class OperationFilterType : InputObjectGraphType, IFilterOperations
{
    private readonly Dictionary<string, Func<Expression, object?, Expression>> operations = [];

    protected OperationFilterType(string name)
    {
        Name = name;
        Field("and", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(name))));
        Field("or", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(name))));
    }

    protected void Operation<TGraph>(string name, Func<Expression, object?, Expression> build) where TGraph : IGraphType
    {
        Field<TGraph>(name);
        operations[name] = build;
    }

    public Expression Build(Expression subject, IDictionary<string, object?> values) => Combine(values.Select(pair => pair.Key switch
    {
        "and" => Combine(Dictionaries(pair.Value).Select(nested => Build(subject, nested)), all: true),
        "or" => Combine(Dictionaries(pair.Value).Select(nested => Build(subject, nested)), all: false),
        _ => operations[pair.Key](subject, pair.Value),
    }), all: true);

    protected void EqualityOperations<TGraph, TListGraph>()
        where TGraph : IGraphType
        where TListGraph : IGraphType
    {
        Operation<TGraph>("eq", (subject, value) => Equal(subject, value));
        Operation<TGraph>("neq", (subject, value) => Expression.Not(Equal(subject, value)));
        Operation<TListGraph>("in", (subject, value) => In(subject, value));
        Operation<TListGraph>("nin", (subject, value) => Expression.Not(In(subject, value)));
    }
}

public sealed class StringOperationFilterInputType : OperationFilterType
{
    public StringOperationFilterInputType() : base("StringOperationFilterInput")
    {
        EqualityOperations<StringGraphType, ListGraphType<StringGraphType>>();
        Operation<StringGraphType>("contains", (s, v) => Matches(s, (string)v!, prefix: true, suffix: true));
        Operation<StringGraphType>("ncontains", (s, v) => Expression.Not(Matches(s, (string)v!, prefix: true, suffix: true)));
        Operation<StringGraphType>("startsWith", (s, v) => Matches(s, (string)v!, prefix: false, suffix: true));
        Operation<StringGraphType>("nstartsWith", (s, v) => Expression.Not(Matches(s, (string)v!, prefix: false, suffix: true)));
        Operation<StringGraphType>("endsWith", (s, v) => Matches(s, (string)v!, prefix: true, suffix: false));
        Operation<StringGraphType>("nendsWith", (s, v) => Expression.Not(Matches(s, (string)v!, prefix: true, suffix: false)));
    }
}

public sealed class BooleanOperationFilterInputType : OperationFilterType
{
    public BooleanOperationFilterInputType() : base("BooleanOperationFilterInput")
    {
        Operation<BooleanGraphType>("eq", (s, v) => Equal(s, v));
        Operation<BooleanGraphType>("neq", (s, v) => Expression.Not(Equal(s, v)));
    }
}

/// <summary>Numbers and times: equality, membership and ordering comparisons.</summary>
public abstract class ComparableOperationFilterType<TGraph> : OperationFilterType where TGraph : ScalarGraphType
{
    protected ComparableOperationFilterType(string name) : base(name)
    {
        EqualityOperations<TGraph, ListGraphType<TGraph>>();
        Compare("gt", Expression.GreaterThan);
        Compare("gte", Expression.GreaterThanOrEqual);
        Compare("lt", Expression.LessThan);
        Compare("lte", Expression.LessThanOrEqual);
    }

    private void Compare(string name, Func<Expression, Expression, BinaryExpression> compare)
    {
        Operation<TGraph>(name, (s, v) => compare(s, Parameter(v, s.Type)));
        Operation<TGraph>("n" + name, (s, v) => Expression.Not(compare(s, Parameter(v, s.Type))));
    }
}

public sealed class IntOperationFilterInputType() : ComparableOperationFilterType<IntGraphType>("IntOperationFilterInput");

public sealed class DecimalOperationFilterInputType() : ComparableOperationFilterType<DecimalGraphType>("DecimalOperationFilterInput");

public sealed class DateTimeOperationFilterInputType() : ComparableOperationFilterType<DateTimeScalarType>("DateTimeOperationFilterInput");

public sealed class DateOperationFilterInputType() : ComparableOperationFilterType<DateOnlyGraphType>("DateOperationFilterInput");

/// <summary><c>XOperationFilterInput</c> for an enum: eq, neq, in, nin.</summary>
public sealed class EnumOperationFilterInputType<TEnumGraph> : OperationFilterType where TEnumGraph : EnumerationGraphType, new()
{
    public EnumOperationFilterInputType() : base(new TEnumGraph().Name + "OperationFilterInput") =>
        EqualityOperations<TEnumGraph, ListGraphType<NonNullGraphType<TEnumGraph>>>();
}

/// <summary>
/// Filters a reference by global ID (<c>affiliate: { eq: "…" }</c>). The object filter that owns the
/// field has already turned the IDs into keys (see <see cref="GlobalIdOperands"/>).
/// </summary>
public sealed class IdOperationFilterInputType : OperationFilterType
{
    public IdOperationFilterInputType() : base("IdOperationFilterInput") =>
        EqualityOperations<IdGraphType, ListGraphType<NonNullGraphType<IdGraphType>>>();
}
