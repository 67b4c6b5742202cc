using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.KnowledgeBase;
using GraphQL;
using GraphQL.Types;

namespace ContentHub.Api.Requests;

/// <summary>
/// <c>promoteToArticle</c> turns the answer into a draft knowledge-base article linked to the case;
/// its title defaults to the case's, its tags to the case's help types.
/// </summary>
public sealed record ResolveRequestInput(
    [property: Id] string Id, int ExpectedVersion, string Resolution, bool? PromoteToArticle, string? ArticleTitle, List<string>? ArticleTags);

public sealed class ResolveRequestInputType : AutoRegisteringInputObjectGraphType<ResolveRequestInput>;

public sealed record ResolvedCase(HelpRequestModel Request, KnowledgeArticleModel? Article);

public sealed class ResolveRequestPayloadType : PayloadType<ResolvedCase>
{
    public ResolveRequestPayloadType()
        : base("ResolveRequest", typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(ConcurrencyConflictErrorType), typeof(InvalidTransitionErrorType), typeof(NotPermittedErrorType))
    {
        Field<HelpRequestType>("helpRequest").Resolve(context => context.Source.Node?.Request);
        Field<KnowledgeArticleType>("article").Description("The draft article, when the answer was promoted.").Resolve(context => context.Source.Node?.Article);
    }
}

public static class ResolveRequestMutation
{
    public static void AddResolveRequestMutation(this ObjectGraphType mutation) =>
        mutation.Mutation<ResolveRequestInputType, ResolveRequestPayloadType, ResolveRequestInput>(
            "resolveRequest", "Records the answer that resolved a case, optionally promoting it to a draft knowledge-base article.",
            async (context, input) => await context.Get<HelpRequestCommands>().ResolveAsync(input, context.CancellationToken));
}
