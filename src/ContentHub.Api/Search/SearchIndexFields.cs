using ContentHub.Api.Access;
using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Data;
using ContentHub.Search.Indexing;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Search;

public sealed record SearchIndexStatus(long CaseSequence, long ArticleSequence, long CaseEventsBehind, long ArticleRevisionsBehind, bool Rebuilding, int Segments);

public sealed class SearchIndexStatusType : ObjectGraphType<SearchIndexStatus>
{
    public SearchIndexStatusType()
    {
        Name = "SearchIndexStatus";
        Description = "How far the search index has applied the case event log and the article revision log.";
        Field<NonNullGraphType<StringGraphType>>("caseSequence").Resolve(context => context.Source.CaseSequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field<NonNullGraphType<StringGraphType>>("articleSequence").Resolve(context => context.Source.ArticleSequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field(s => s.CaseEventsBehind).Description("Case events written but not yet searchable.");
        Field(s => s.ArticleRevisionsBehind).Description("Article revisions written but not yet searchable.");
        Field(s => s.Rebuilding);
        Field(s => s.Segments).Description(
            "How many segments a search reads now. Each publish of writes adds one, merges fold them together, and a search pays for each: a few is healthy.");
    }
}

public sealed record RebuildSearchIndexInput(string? Reason);

public sealed class RebuildSearchIndexInputType : AutoRegisteringInputObjectGraphType<RebuildSearchIndexInput>;

public sealed record RebuildResult(int Documents);

public sealed class RebuildResultType : ObjectGraphType<RebuildResult>
{
    public RebuildResultType()
    {
        Name = "SearchIndexRebuild";
        Field(r => r.Documents).Description("Articles and cases now in the index.");
    }
}

public sealed class RebuildSearchIndexPayloadType() : PayloadType<RebuildResultType, RebuildResult>("RebuildSearchIndex", "rebuild", typeof(ValidationErrorType));

public static class SearchIndexFields
{
    public static void AddSearchIndexQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<SearchIndexStatusType>>("searchIndexStatus")
            .Description("The search index's lag behind the database.")
            .ForRoles(Roles.Staff)
            .ResolveAsync(async context =>
            {
                var index = context.Get<SearchIndex>();
                var db = context.Get<ContentHubDbContext>();
                var watermark = index.Watermark;
                var casesBehind = await db.CaseEvents.LongCountAsync(e => e.Sequence > watermark.CaseSequence, context.CancellationToken);
                var articlesBehind = await db.ArticleRevisions.LongCountAsync(r => r.Sequence > watermark.ArticleSequence, context.CancellationToken);
                return new SearchIndexStatus(watermark.CaseSequence, watermark.ArticleSequence, casesBehind, articlesBehind,
                    context.Get<IndexWriterService>().Rebuilding || index.NeedsRebuild, index.SegmentsSearched);
            });

    public static void AddSearchIndexMutations(this ObjectGraphType mutation) =>
        mutation.Mutation<RebuildSearchIndexInputType, RebuildSearchIndexPayloadType, RebuildSearchIndexInput>(
            "rebuildSearchIndex", "Rebuilds the search index from the database (an administrator's repair tool).",
            async (context, _) => Payload<RebuildResult>.Success(
                new RebuildResult(await context.Get<IndexWriterService>().RebuildAsync(context.CancellationToken))));
}
