using ContentHub.Api.GraphQL.Common;
using ContentHub.Data;
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
            .ResolveAsync(async context =>
            {
                try
                {
                    return await resolve(context, context.GetArgument<TInput>("input"));
                }
                finally
                {
                    // A mutation that failed validation may have touched tracked entities without
                    // saving them; the next mutation of the same document must not save them.
                    context.Get<ContentHubDbContext>().ChangeTracker.Clear();
                }
            });
    }
}
