using ContentHub.Api.Affiliates;
using GraphQL.Types;

namespace ContentHub.Api.GraphQL;

/// <summary>The mutation root; each feature adds its own mutations.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        this.AddAffiliateMutations();
    }
}
