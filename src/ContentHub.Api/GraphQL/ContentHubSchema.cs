using ContentHub.Api.Committee;
using ContentHub.Api.Experts;
using ContentHub.Api.Requests;
using GraphQL;
using GraphQL.Types;

namespace ContentHub.Api.GraphQL;

public sealed class ContentHubSchema : Schema
{
    public ContentHubSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription) : base(services)
    {
        Description = "ContentHub: the helpdesk of a Wikimedia content-partnerships hub.";
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        RegisterTypeMapping(typeof(DateTimeOffset), typeof(DateTimeScalarType));
        // Input records nested inside other inputs.
        RegisterTypeMapping(typeof(PartnerInstitutionInput), typeof(PartnerInstitutionInputType));
        RegisterTypeMapping(typeof(RequestContactInput), typeof(RequestContactInputType));
        RegisterTypeMapping(typeof(ExpertSkillInput), typeof(ExpertSkillInputType));
        RegisterTypeMapping(typeof(CriterionInput), typeof(CriterionInputType));
        RegisterTypeMapping(typeof(CriterionScoreInput), typeof(CriterionScoreInputType));
        // The introspection query of GraphiQL and code generators nests three lists (types, fields,
        // args) and nine type references: counted like data it scores four million against a budget
        // of 25,000, while its answer is bounded by the schema. Counted at a thousandth it fits with
        // room for the schema to grow; production servers switch introspection off anyway.
        // (This initialises the schema, so it comes last.)
        this.WithIntrospectionComplexityImpact(0.001);
    }
}
