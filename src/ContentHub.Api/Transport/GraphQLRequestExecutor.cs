using System.Security.Claims;
using ContentHub.Api.Access;
using ContentHub.Api.GraphQL;
using GraphQL;

namespace ContentHub.Api.Transport;

/// <summary>
/// The one way a transport runs a GraphQL request: the schema's validation rules, limits, parsed
/// document cache and error handling all hang off this executer. <paramref name="services"/> is the
/// DI scope of the operation (an HTTP request's, or one a WebSocket operation opens).
/// </summary>
public sealed class GraphQLRequestExecutor(IDocumentExecuter<ContentHubSchema> executer)
{
    public Task<ExecutionResult> ExecuteAsync(
        GraphQLRequest request,
        OperationTransport transport,
        IServiceProvider services,
        ClaimsPrincipal user,
        IReadOnlyDictionary<string, object?>? userContext,
        CancellationToken cancellationToken) =>
        executer.ExecuteAsync(execution =>
        {
            services.GetRequiredService<Caller>().Identify(user);
            execution.Query = request.Query;
            execution.OperationName = request.OperationName;
            execution.Variables = request.Variables;
            execution.Extensions = request.Extensions;
            execution.RequestServices = services;
            execution.User = user;
            execution.CancellationToken = cancellationToken;
            execution.UserContext[OperationTransportRule.UserContextKey] = transport;
            foreach (var (key, value) in userContext ?? new Dictionary<string, object?>())
            {
                execution.UserContext[key] = value;
            }
        });
}
