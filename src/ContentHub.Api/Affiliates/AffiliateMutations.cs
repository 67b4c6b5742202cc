using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using GraphQL.Types;

namespace ContentHub.Api.Affiliates;

public sealed class CreateAffiliatePayloadType()
    : PayloadType<AffiliateType, AffiliateModel>("CreateAffiliate", "affiliate", typeof(ValidationErrorType), typeof(DuplicateErrorType));

public sealed class UpdateAffiliatePayloadType()
    : PayloadType<AffiliateType, AffiliateModel>("UpdateAffiliate", "affiliate", typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(DuplicateErrorType));

public static class AffiliateMutations
{
    public static void AddAffiliateMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<CreateAffiliateInputType, CreateAffiliatePayloadType, CreateAffiliateInput>(
            "createAffiliate", "Registers an affiliate.",
            async (context, input) => await context.Get<AffiliateCommands>().CreateAsync(input, context.CancellationToken));
        mutation.Mutation<UpdateAffiliateInputType, UpdateAffiliatePayloadType, UpdateAffiliateInput>(
            "updateAffiliate", "Edits an affiliate; fields left out stay as they are.",
            async (context, input) => await context.Get<AffiliateCommands>().UpdateAsync(input, context.CancellationToken));
    }
}
