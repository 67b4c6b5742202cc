using ContentHub.Api.GraphQL.Common;
using GraphQL;
using GraphQL.Execution;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace ContentHub.Api.GraphQL;

/// <summary>
/// Executes a subscription's selection once per event, each time in a DI scope of its own that
/// addresses the operation's hub: a fresh DbContext and fresh batch loaders, as every HTTP request
/// gets. The operation's own scope lives as long as the subscription, so its loader caches would
/// serve stale rows and its DbContext would be shared between events executing at once.
/// </summary>
public sealed class PerEventScopeSubscriptionStrategy() : SubscriptionExecutionStrategy(new SerialExecutionStrategy())
{
    protected override async ValueTask<ExecutionResult> ProcessDataAsync(ExecutionContext context, ExecutionNode node, object? value)
    {
        var operation = context.RequestServices!;
        await using var scope = new EventScope(operation.GetRequiredService<IServiceScopeFactory>(), operation.GetRequiredService<HubContext>().Slug, context.User!);
        context.RequestServices = scope;
        return await base.ProcessDataAsync(context, node, value);
    }

    /// <summary>
    /// An error the stream ends with that is meant for the client (such as <c>SUBSCRIBER_TOO_SLOW</c>)
    /// keeps its message and code; anything else is an internal error like any unhandled one.
    /// </summary>
    protected override Task<ExecutionError> ProcessErrorAsync(ExecutionContext context, ExecutionNode node, Exception exception) =>
        exception is UserFacingException userFacing ? Task.FromResult<ExecutionError>(userFacing) : base.ProcessErrorAsync(context, node, exception);

    /// <summary>
    /// The event's scope, opened on the first service asked for: a selection of plain fields
    /// (<c>sequence kind</c>) needs none, and a thousand subscribers times every event is a lot of scopes.
    /// </summary>
    private sealed class EventScope(IServiceScopeFactory scopes, string hub, System.Security.Claims.ClaimsPrincipal user) : IServiceProvider, IAsyncDisposable
    {
        private AsyncServiceScope? scope;

        public object? GetService(Type serviceType)
        {
            scope ??= scopes.CreateHubScope(hub, user);
            return scope.Value.ServiceProvider.GetService(serviceType);
        }

        public ValueTask DisposeAsync() => scope?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
