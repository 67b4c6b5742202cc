using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using GraphQL.Types;

namespace ContentHub.Api.KnowledgeBase;

public sealed class CreateArticlePayloadType() : PayloadType<KnowledgeArticleType, KnowledgeArticleModel>(
    "CreateArticle", "article", typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(DuplicateErrorType));

public sealed class UpdateArticlePayloadType() : PayloadType<KnowledgeArticleType, KnowledgeArticleModel>(
    "UpdateArticle", "article", typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(ConcurrencyConflictErrorType));

public static class KnowledgeArticleMutations
{
    public static void AddKnowledgeArticleMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<CreateArticleInputType, CreateArticlePayloadType, CreateArticleInput>(
            "createArticle", "Writes a knowledge-base article (a draft unless another status is given).",
            async (context, input) => await context.Get<KnowledgeArticleCommands>().CreateAsync(input, context.CancellationToken));
        mutation.Mutation<UpdateArticleInputType, UpdateArticlePayloadType, UpdateArticleInput>(
            "updateArticle", "Edits an article; fails with a conflict when someone saved it after `expectedVersion`.",
            async (context, input) => await context.Get<KnowledgeArticleCommands>().UpdateAsync(input, context.CancellationToken));
    }
}
