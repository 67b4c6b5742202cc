using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.GraphQL.Paging;
using ContentHub.Search.Querying;
using GraphQL.Types;

namespace ContentHub.Api.KnowledgeBase;

/// <summary>An article found by a search, with its score and the passages that matched.</summary>
public sealed record KnowledgeSearchHitModel(int ArticleId, float Score, IReadOnlyList<Snippet> Snippets);

public sealed record KnowledgeSearchConnectionModel(Connection<KnowledgeSearchHitModel> Page, IReadOnlyList<TagCountModel> TagCounts, bool ReadAsPlainWords);

public sealed record TagCountModel(string Tag, int Count);

public sealed class KnowledgeSearchHitType : ObjectGraphType<KnowledgeSearchHitModel>
{
    public KnowledgeSearchHitType()
    {
        Name = "KnowledgeSearchHit";
        Field<NonNullGraphType<KnowledgeArticleType>>("article").Resolve(context => context.Get<ArticleByIdLoader>().Load(context.Source.ArticleId));
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Relevance (BM25); comparable within one search only.").Resolve(context => context.Source.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SnippetType>>>>("snippets")
            .Description("Passages of the body around the matching words.")
            .ShortList(2)
            .Resolve(context => context.Source.Snippets);
    }
}

public sealed class SnippetType : ObjectGraphType<Snippet>
{
    public SnippetType()
    {
        Name = "Snippet";
        Description = "Plain text with the ranges that matched; render the ranges as highlights, the text as text.";
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(context => context.Source.Text);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TextRangeType>>>>("highlights").ShortList().Resolve(context => context.Source.Highlights);
    }
}

public sealed class TextRangeType : ObjectGraphType<(int Start, int Length)>
{
    public TextRangeType()
    {
        Name = "TextRange";
        Field<NonNullGraphType<IntGraphType>>("start").Description("Offset in UTF-16 code units.").Resolve(context => context.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("length").Resolve(context => context.Source.Length);
    }
}

public sealed class TagCountType : ObjectGraphType<TagCountModel>
{
    public TagCountType()
    {
        Name = "TagCount";
        Field(t => t.Tag);
        Field(t => t.Count).Description("Hits of the whole search (not just this page) with the tag.");
    }
}

public sealed class KnowledgeSearchConnectionType : ObjectGraphType<KnowledgeSearchConnectionModel>
{
    public KnowledgeSearchConnectionType()
    {
        Name = "KnowledgeSearchConnection";
        Description = "A page of search hits, best first, with tag counts over all hits.";
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(context => context.Source.Page.PageInfo);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KnowledgeSearchHitType>>>>("nodes")
            .Resolve(context => context.Source.Page.Edges.Select(e => e.Node));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KnowledgeSearchEdgeType>>>>("edges").Resolve(context => context.Source.Page.Edges);
        Field<NonNullGraphType<IntGraphType>>("totalCount").ResolveAsync(async context => await context.Source.Page.CountAsync(context.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TagCountType>>>>("tagCounts").ShortList(20).Resolve(context => context.Source.TagCounts);
        Field(c => c.ReadAsPlainWords)
            .Description("True when the query was not valid search syntax and its words were searched as typed.");
    }
}

public sealed class KnowledgeSearchEdgeType : ObjectGraphType<Edge<KnowledgeSearchHitModel>>
{
    public KnowledgeSearchEdgeType()
    {
        Name = "KnowledgeSearchEdge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(context => context.Source.Cursor);
        Field<NonNullGraphType<KnowledgeSearchHitType>>("node").Resolve(context => context.Source.Node);
    }
}
