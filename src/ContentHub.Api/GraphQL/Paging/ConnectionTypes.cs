using GraphQL.Types;

namespace ContentHub.Api.GraphQL.Paging;

/// <summary>A Relay connection named after its list, e.g. <c>HelpRequestsConnection</c> with <c>HelpRequestsEdge</c>.</summary>
public abstract class ConnectionType<TNodeGraph, TNode> : ObjectGraphType<Connection<TNode>> where TNodeGraph : IGraphType
{
    protected ConnectionType(string listName)
    {
        Name = listName + "Connection";
        Description = "A page of a list, with cursors to move through it.";
        var edge = new ObjectGraphType<Edge<TNode>> { Name = listName + "Edge", Description = "An item of the list and its cursor." };
        edge.Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(context => context.Source.Cursor);
        edge.Field<NonNullGraphType<TNodeGraph>>("node").Resolve(context => context.Source.Node);

        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(context => context.Source.PageInfo);
        Field("edges", new ListGraphType(new NonNullGraphType(edge))).Resolve(context => context.Source.Edges);
        Field<ListGraphType<NonNullGraphType<TNodeGraph>>>("nodes")
            .Description("The items of this page, without cursors.")
            .Resolve(context => context.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many items the whole list holds after filtering; costs a count query.")
            .ResolveAsync(async context => await context.Source.CountAsync(context.CancellationToken));
    }
}

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Field(p => p.HasNextPage);
        Field(p => p.HasPreviousPage);
        Field(p => p.StartCursor, nullable: true);
        Field(p => p.EndCursor, nullable: true);
    }
}
