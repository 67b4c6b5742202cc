using GraphQL;
using GraphQL.Types;

namespace ContentHub.Api.GraphQL;

public static class MutationField
{
    /// <summary>The one shape of a mutation: <c>verbNoun(input: VerbNounInput!): VerbNounPayload!</c>.</summary>
    public static void Mutation<TInputGraph, TPayloadGraph, TInput>(
        this ObjectGraphType mutation, string name, string description, Func<IResolveFieldContext, TInput, Task<object?>> resolve)
        where TInputGraph : IInputObjectGraphType
        where TPayloadGraph : IGraphType
    {
        mutation.Field<NonNullGraphType<TPayloadGraph>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputGraph>>("input")
            .ResolveAsync(context => resolve(context, context.GetArgument<TInput>("input")));
    }
}
