using ContentHub.Data.KnowledgeBase;
using GraphQL;
using GraphQL.Types;

namespace ContentHub.Api.KnowledgeBase;

public sealed record CreateArticleInput(
    string Key, string Title, string Body, string Language, List<string>? Tags, ArticleStatus? Status, [property: Id] List<string>? SourceCaseIds);

public sealed class CreateArticleInputType : AutoRegisteringInputObjectGraphType<CreateArticleInput>;

/// <summary>Fields left out (null) stay as they are; <c>expectedVersion</c> is the version the editor read.</summary>
public sealed record UpdateArticleInput(
    [property: Id] string Id, int ExpectedVersion, string? Title, string? Body, string? Language, List<string>? Tags,
    ArticleStatus? Status, [property: Id] List<string>? SourceCaseIds);

public sealed class UpdateArticleInputType : AutoRegisteringInputObjectGraphType<UpdateArticleInput>;
