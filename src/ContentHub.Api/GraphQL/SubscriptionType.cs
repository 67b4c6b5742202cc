using ContentHub.Api.LiveUpdates;
using GraphQL.Types;

namespace ContentHub.Api.GraphQL;

/// <summary>The subscription root, served over WebSocket (graphql-transport-ws) only.</summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";
        this.AddCaseSubscriptions();
    }
}
