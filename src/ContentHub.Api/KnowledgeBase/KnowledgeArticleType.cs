using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.Requests;
using ContentHub.Data.KnowledgeBase;
using GraphQL.Types;

namespace ContentHub.Api.KnowledgeBase;

public sealed class KnowledgeArticleType : ObjectGraphType<KnowledgeArticleModel>
{
    public KnowledgeArticleType()
    {
        Name = "KnowledgeArticle";
        Description = "A recurring answer of the knowledge base, often born from a resolved case.";
        this.ImplementNode(a => a.Id);
        Field(a => a.Key).Description("Stable slug, e.g. `kb-pattypan-batch-uploads`.");
        Field(a => a.Title);
        Field(a => a.Body).Description("Markdown source, stored as written: clients must render it with a sanitising Markdown renderer.");
        Field(a => a.Language).Description("ISO 639 code.");
        Field(a => a.Tags);
        Field(a => a.Status, type: typeof(NonNullGraphType<EnumerationGraphType<ArticleStatus>>));
        Field(a => a.Version).Description("Grows with every edit; send it back with an update to detect conflicting edits.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HelpRequestType>>>>("sourceCases")
            .Description("The cases this answer came from.")
            .ShortList()
            .Resolve(context => context.Get<SourceCasesByArticleLoader>().Load(context.Source.Id));
        Field(a => a.CreatedAt, type: typeof(NonNullGraphType<GraphQL.DateTimeScalarType>));
        Field(a => a.UpdatedAt, type: typeof(NonNullGraphType<GraphQL.DateTimeScalarType>));
        Field(a => a.PublishedAt, type: typeof(GraphQL.DateTimeScalarType));
    }
}
