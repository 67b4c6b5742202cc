using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.GraphQL.Paging;
using ContentHub.Api.Search;
using ContentHub.Data.KnowledgeBase;
using ContentHub.Search.Indexing;
using ContentHub.Search.Querying;
using GraphQL;
using GraphQL.Types;

namespace ContentHub.Api.KnowledgeBase;

public static class KnowledgeSearchQueries
{
    private const int MaxQueryLength = 1_000;

    public static void AddKnowledgeSearchQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<KnowledgeSearchConnectionType>>("searchKnowledgeBase")
            .Description("Full-text search of the knowledge base. Accepts search syntax (\"phrases\", +must, -not, wild*); "
                + "anything that is not valid syntax is searched as plain words. Articles in `language` rank first.")
            .Argument<NonNullGraphType<StringGraphType>>("query")
            .Argument<StringGraphType>("language", "ISO 639 code of the searcher's language; its stemming applies and its articles rank first.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("tags", "Only articles with every one of these tags.")
            .Argument<EnumerationGraphType<ArticleStatus>>("status", "Defaults to PUBLISHED.")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .ResolveAsync(async context =>
            {
                var text = context.GetArgument<string>("query");
                if (text.Length > MaxQueryLength)
                {
                    throw new UserFacingException("QUERY_TOO_LONG", $"A search query may be at most {MaxQueryLength} characters.");
                }

                var (start, size) = Paging.ForwardWindow(context);
                var hubId = await context.Get<HubContext>().GetHubIdAsync(context.CancellationToken);
                await context.WaitForCallersWritesAsync(IndexLogs.Articles);
                var results = context.Get<KnowledgeSearch>().Search(new KnowledgeQuery(
                    hubId, text, context.GetArgument<string?>("language"), context.GetArgument<List<string>?>("tags") ?? [],
                    (context.GetArgument<ArticleStatus?>("status") ?? ArticleStatus.Published).ToString(), start, size));
                var page = results.Hits.Select(h => new KnowledgeSearchHitModel(h.ArticleId, h.Score, h.Snippets)).ToList();
                return new KnowledgeSearchConnectionModel(
                    Paging.FromPage(page, start, results.Total),
                    results.TagCounts.Select(t => new TagCountModel(t.Tag, t.Count)).ToList(),
                    results.ReadAsPlainWords);
            });
}
