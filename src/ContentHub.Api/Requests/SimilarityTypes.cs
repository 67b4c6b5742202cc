using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.KnowledgeBase;
using ContentHub.Search.Querying;
using GraphQL.Types;

namespace ContentHub.Api.Requests;

public sealed class SimilarCaseType : ObjectGraphType<SimilarHit>
{
    public SimilarCaseType()
    {
        Name = "SimilarCase";
        Description = "A past case like this request, and why.";
        Field<NonNullGraphType<HelpRequestType>>("case").Resolve(context => context.Get<HelpRequestByIdLoader>().Load(context.Source.Id));
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Comparable within one list only.").Resolve(context => context.Source.Score);
        Field<NonNullGraphType<StringGraphType>>("reason")
            .Description("Why it matched, for a person: shared help types, campaign, resolved, shared words.")
            .Resolve(context => context.Source.Reason);
    }
}

public sealed class SuggestedArticleType : ObjectGraphType<SimilarHit>
{
    public SuggestedArticleType()
    {
        Name = "SuggestedArticle";
        Description = "A published knowledge-base article that may answer the request.";
        Field<NonNullGraphType<KnowledgeArticleType>>("article").Resolve(context => context.Get<ArticleByIdLoader>().Load(context.Source.Id));
        Field<NonNullGraphType<FloatGraphType>>("score").Resolve(context => context.Source.Score);
    }
}

public sealed class DraftSuggestionsType : ObjectGraphType<DraftSuggestions>
{
    public DraftSuggestionsType()
    {
        Name = "DraftSuggestions";
        Description = "What the hub already knows about a request that is still being written.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SimilarCaseType>>>>("similarCases").Resolve(context => context.Source.Cases);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SuggestedArticleType>>>>("articles").Resolve(context => context.Source.Articles);
    }
}

public sealed record DraftSuggestions(IReadOnlyList<SimilarHit> Cases, IReadOnlyList<SimilarHit> Articles);
