using System.Security.Claims;
using ContentHub.Api.Access;
using ContentHub.Api.Composition;
using ContentHub.Api.GraphQL;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace ContentHub.Api.Transport;

/// <summary>
/// The one way a transport runs a GraphQL request: the schema's validation rules, limits, parsed
/// document cache and error handling all hang off this executer. <paramref name="services"/> is the
/// DI scope of the operation (an HTTP request's, or one a WebSocket operation opens).
/// </summary>
public sealed class GraphQLRequestExecutor(IDocumentExecuter<ContentHubSchema> executer, IOptions<ContentHubOptions> options)
{
    public async Task<ExecutionResult> ExecuteAsync(
        GraphQLRequest request,
        OperationTransport transport,
        IServiceProvider services,
        ClaimsPrincipal user,
        IReadOnlyDictionary<string, object?>? userContext,
        CancellationToken cancellationToken)
    {
        // GraphQL.NET's timeout token is disposed when ExecuteAsync returns, while a subscription's
        // events keep executing with it; a WebSocket operation ends when its client completes it
        // or the connection closes instead.
        var timeout = transport == OperationTransport.WebSocket ? Timeout.InfiniteTimeSpan : options.Value.GraphQL.OperationTimeout;
        services.GetRequiredService<Caller>().Identify(user);
        try
        {
            return await executer.ExecuteAsync(execution =>
            {
                execution.Query = request.Query;
                execution.OperationName = request.OperationName;
                execution.Variables = request.Variables;
                execution.Extensions = request.Extensions;
                execution.RequestServices = services;
                execution.User = user;
                execution.CancellationToken = cancellationToken;
                execution.Timeout = timeout;
                execution.TimeoutAction = TimeoutAction.ThrowTimeoutException;
                execution.UserContext[OperationTransportRule.UserContextKey] = transport;
                foreach (var (key, value) in userContext ?? new Dictionary<string, object?>())
                {
                    execution.UserContext[key] = value;
                }
            });
        }
        catch (TimeoutException)
        {
            return new ExecutionResult { Errors = [new OperationTimeoutError(timeout)] };
        }
    }
}
