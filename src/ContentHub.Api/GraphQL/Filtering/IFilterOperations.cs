using System.Linq.Expressions;

namespace ContentHub.Api.GraphQL.Filtering;

/// <summary>A filter input type that turns its parsed value into a predicate on a subject expression.</summary>
public interface IFilterOperations
{
    Expression Build(Expression subject, IDictionary<string, object?> operations);
}
