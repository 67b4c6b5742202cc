using ContentHub.Api.Access;
using ContentHub.Api.Affiliates;
using ContentHub.Api.Campaigns;
using ContentHub.Api.Committee;
using ContentHub.Api.Experts;
using ContentHub.Api.KnowledgeBase;
using ContentHub.Api.NeedsAssessment;
using ContentHub.Api.People;
using ContentHub.Api.Requests;
using ContentHub.Api.Search;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.Hubs;
using ContentHub.Api.Taxonomy;
using GraphQL;
using GraphQL.Types;

namespace ContentHub.Api.GraphQL;

/// <summary>The query root; each feature adds its own fields.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        AddNodeFields();
        this.AddViewerQueries();
        this.AddHubQueries();
        this.AddAffiliateQueries();
        this.AddCampaignQueries();
        this.AddTaxonomyQueries();
        this.AddPeopleQueries();
        this.AddExpertQueries();
        this.AddHelpRequestQueries();
        this.AddKnowledgeArticleQueries();
        this.AddKnowledgeSearchQueries();
        this.AddDraftSuggestions();
        this.AddSearchIndexQueries();
        this.AddCommitteeQueries();
        this.AddNeedsAssessmentQueries();
    }

    private void AddNodeFields()
    {
        Field<NodeInterface>("node")
            .Description("Fetches any object by its global ID; null when nothing in this hub has it.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(context => Load(context, context.GetArgument<string>("id")));
        Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("Fetches many objects by global ID, in the order asked; null where nothing matches.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .ResolveAsync(async context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                if (ids.Count > 100)
                {
                    throw new UserFacingException("TOO_MANY_IDS", "`nodes` takes at most 100 IDs at a time.");
                }

                var results = ids.Select(id => Load(context, id)).ToList();
                var nodes = new List<object?>(results.Count);
                foreach (var result in results)
                {
                    nodes.Add(result is null ? null : await result.GetResultAsync(context.CancellationToken));
                }

                return nodes;
            });
    }

    private static global::GraphQL.DataLoader.IDataLoaderResult<object?>? Load(IResolveFieldContext context, string id)
    {
        if (!GlobalId.TryParse(id, out var typeName, out var key))
        {
            throw new UserFacingException("INVALID_ID", $"'{id}' is not an ID this server gave out.");
        }

        var source = context.RequestServices!.GetServices<INodeSource>().FirstOrDefault(s => s.TypeName == typeName);
        return source?.Load(context.RequestServices!, key);
    }
}
