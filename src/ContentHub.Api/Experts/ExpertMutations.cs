using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using GraphQL.Types;

namespace ContentHub.Api.Experts;

public sealed class CreateExpertProfilePayloadType() : PayloadType<ExpertProfileType, ExpertProfileModel>(
    "CreateExpertProfile", "expertProfile", typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(DuplicateErrorType));

public sealed class UpdateExpertProfilePayloadType() : PayloadType<ExpertProfileType, ExpertProfileModel>(
    "UpdateExpertProfile", "expertProfile", typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(NotPermittedErrorType));

public static class ExpertMutations
{
    public static void AddExpertMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<CreateExpertProfileInputType, CreateExpertProfilePayloadType, CreateExpertProfileInput>(
            "createExpertProfile", "Offers a person's expertise to this hub.",
            async (context, input) => await context.Get<ExpertCommands>().CreateAsync(input, context.CancellationToken));
        mutation.Mutation<UpdateExpertProfileInputType, UpdateExpertProfilePayloadType, UpdateExpertProfileInput>(
            "updateExpertProfile", "Edits an expert profile; fields left out stay as they are, and skills given replace the current ones.",
            async (context, input) => await context.Get<ExpertCommands>().UpdateAsync(input, context.CancellationToken));
    }
}
