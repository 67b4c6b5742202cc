using ContentHub.Api.GraphQL.Common;
using ContentHub.Data;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace ContentHub.Api.GraphQL;

public static class MutationField
{
    /// <summary>The one shape of a mutation: <c>verbNoun(input: VerbNounInput!): VerbNounPayload!</c>.</summary>
    public static void Mutation<TInputGraph, TPayloadGraph, TInput>(
        this ObjectGraphType mutation, string name, string description, Func<IResolveFieldContext, TInput, Task<object?>> resolve)
        where TInputGraph : IInputObjectGraphType
        where TPayloadGraph : IGraphType =>
        mutation.Field<NonNullGraphType<TPayloadGraph>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputGraph>>("input")
            .Resolve(resolve);

    /// <summary>The same shape, for mutations that share one input record under several type names.</summary>
    public static void Mutation<TInput>(
        this ObjectGraphType mutation, string name, string description, IInputObjectGraphType inputType, IGraphType payloadType,
        Func<IResolveFieldContext, TInput, Task<object?>> resolve) =>
        mutation.Field(name, new NonNullGraphType(payloadType))
            .Description(description)
            .Argument(new NonNullGraphType(inputType), "input")
            .Resolve(resolve);

    private static void Resolve<TInput>(this FieldBuilder<object?, object> field, Func<IResolveFieldContext, TInput, Task<object?>> resolve) =>
        field.ResolveAsync(async context =>
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
