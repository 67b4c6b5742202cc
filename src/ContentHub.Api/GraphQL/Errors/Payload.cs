using GraphQL.Types;

namespace ContentHub.Api.GraphQL;

/// <summary>What every mutation returns: the changed node, or the expected errors (never both).</summary>
public sealed record Payload<TNode>(TNode? Node, IReadOnlyList<MutationError>? Errors) where TNode : class
{
    public static Payload<TNode> Success(TNode node) => new(node, null);

    public static Payload<TNode> Failure(IReadOnlyList<MutationError> errors) => new(null, errors);

    public static implicit operator Payload<TNode>(TNode node) => Success(node);

    public static implicit operator Payload<TNode>(MutationError error) => Failure([error]);
}

/// <summary>
/// <c>VerbNounPayload { …, errors: [VerbNounError!] }</c>, where <c>VerbNounError</c> is the union of
/// the error types this mutation can return (HotChocolate's mutation conventions). Derived types
/// add the fields that show what the mutation changed.
/// </summary>
public abstract class PayloadType<TResult> : ObjectGraphType<Payload<TResult>> where TResult : class
{
    protected PayloadType(string mutationName, params Type[] errorTypes)
    {
        Name = mutationName + "Payload";
        var union = new UnionGraphType { Name = mutationName + "Error", Description = $"The expected errors of {mutationName}." };
        foreach (var errorType in errorTypes)
        {
            union.Type(errorType);
        }

        Field("errors", new ListGraphType(new NonNullGraphType(union)))
            .Description("Null on success; otherwise why nothing was changed.")
            .Resolve(context => context.Source.Errors);
    }
}

/// <summary>The usual payload: the one node the mutation changed, or the errors.</summary>
public abstract class PayloadType<TNodeGraph, TNode> : PayloadType<TNode>
    where TNodeGraph : IGraphType
    where TNode : class
{
    protected PayloadType(string mutationName, string nodeField, params Type[] errorTypes) : base(mutationName, errorTypes) =>
        Field<TNodeGraph>(nodeField).Resolve(context => context.Source.Node);
}
