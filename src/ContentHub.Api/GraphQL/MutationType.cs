using ContentHub.Api.Access;
using ContentHub.Api.Affiliates;
using ContentHub.Api.Assignments;
using ContentHub.Api.Committee;
using ContentHub.Api.Experts;
using ContentHub.Api.Hubs;
using ContentHub.Api.KnowledgeBase;
using ContentHub.Api.Matching;
using ContentHub.Api.Referrals;
using ContentHub.Api.Requests;
using ContentHub.Api.Search;
using ContentHub.Api.Usefulness;
using GraphQL.Types;

namespace ContentHub.Api.GraphQL;

/// <summary>The mutation root; each feature adds its own mutations.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        this.AddHelpRequestMutations();
        this.AddRequestTransitionMutations();
        this.AddResolveRequestMutation();
        this.AddAssignmentMutations();
        this.AddReferralMutations();
        this.AddCommitteeMutations();
        this.AddImpactMutations();
        this.AddAffiliateMutations();
        this.AddExpertMutations();
        this.AddMatchingPolicyMutations();
        this.AddHubSettingsMutations();
        this.AddKnowledgeArticleMutations();
        this.AddSearchIndexMutations();
        this.AddAccessTokenMutations();
        MutationAccess.Apply(this);
    }
}
