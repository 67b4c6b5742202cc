using ContentHub.Api.Access;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.GraphQL.Paging;
using ContentHub.Data;
using ContentHub.Data.Requests;
using GraphQL.Types;

namespace ContentHub.Api.Requests;

public sealed class HelpRequestsConnectionType() : ConnectionType<HelpRequestType, HelpRequestModel>("HelpRequests");

public static class HelpRequestQueries
{
    public static void AddHelpRequestQueries(this ObjectGraphType query) =>
        query.Connection<object?, HelpRequestsConnectionType, HelpRequestFilterInputType, HelpRequestSortInputType, HelpRequest, HelpRequestModel>(
                "requests",
                context => context.Get<RequestAccess>().VisibleAsync(context.Get<ContentHubDbContext>().HelpRequests, context.CancellationToken),
                r => r.Id,
                KeptRequestCounts.TotalAsync)
            .Description("The hub's help requests (cases) the caller may see, newest first unless ordered otherwise.")
            .SignedIn();
}
