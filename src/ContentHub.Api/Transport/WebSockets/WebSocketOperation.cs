using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using GraphQL;
using GraphQLParser.AST;

namespace ContentHub.Api.Transport.WebSockets;

/// <summary>
/// One <c>subscribe</c> of a connection, in a DI scope of its own that addresses the connection's hub.
/// A subscription sends <c>next</c> per event until its stream ends (<c>complete</c>) or fails
/// (<c>error</c>); a query or mutation sends its one result and <c>complete</c>; an operation that
/// never ran (parse or validation failure) sends <c>error</c>. After the client's <c>complete</c>
/// nothing more is sent for the id.
/// </summary>
public sealed class WebSocketOperation(string id, GraphQLRequest request, GraphQLWebSocketConnection connection, CancellationToken connectionClosed)
{
    private readonly CancellationTokenSource stop = CancellationTokenSource.CreateLinkedTokenSource(connectionClosed);

    public string Id => id;

    /// <summary>Finishes when the operation has sent its last message (or been cancelled) and released its scope.</summary>
    public Task Completion { get; private set; } = Task.CompletedTask;

    /// <summary>Runs beside the receive loop, which goes on reading the client's messages meanwhile.</summary>
    public void Start() => Completion = Task.Run(RunAsync);

    /// <summary>The client completed the operation, or the connection ended: stop and send nothing more.</summary>
    public void Cancel()
    {
        try
        {
            stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // It had already finished.
        }
    }

    private async Task RunAsync()
    {
        var (services, outbox, messages) = (connection.Services, connection.Outbox, connection.Services.Messages);
        try
        {
            await using var scope = services.Scopes.CreateHubScope(connection.Hub, connection.User);
            var window = new DeliveryWindow(services.Options.DeliveryWindow);
            var result = await services.Executor.ExecuteAsync(request, OperationTransport.WebSocket, scope.ServiceProvider, connection.User,
                new Dictionary<string, object?> { [DeliveryWindow.UserContextKey] = window }, stop.Token);
            if (stop.IsCancellationRequested)
            {
                return;
            }

            if (result.Streams is { Count: 1 } streams)
            {
                await StreamAsync(streams.Values.Single(), window);
            }
            else if (!result.Executed || result.Operation?.Operation == OperationType.Subscription)
            {
                outbox.Post(messages.Error(id, result.Errors ?? []));
            }
            else
            {
                outbox.Post(messages.Next(id, result));
                outbox.Post(messages.Complete(id));
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception error)
        {
            services.Logger.LogError(error, "WebSocket operation {Id} failed", id);
            outbox.Post(messages.Error(id, [InternalServerError.Create()]));
        }
        finally
        {
            connection.Forget(this);
            stop.Dispose();
        }
    }

    private async Task StreamAsync(IObservable<ExecutionResult> stream, DeliveryWindow window)
    {
        var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var observer = new ResultObserver(id, connection.Outbox, connection.Services.Messages, window, ended, stop.Token);
        using var subscription = stream.Subscribe(observer);
        await using var stopped = stop.Token.Register(() => ended.TrySetResult());
        await ended.Task;
    }

    /// <summary>Turns the stream's results into messages; after a stop (the client's complete) it sends nothing.</summary>
    private sealed class ResultObserver(
        string id, SocketOutbox outbox, ServerMessages messages, DeliveryWindow window, TaskCompletionSource ended, CancellationToken stop)
        : IObserver<ExecutionResult>
    {
        private bool Stopped => stop.IsCancellationRequested || ended.Task.IsCompleted;

        public void OnNext(ExecutionResult value)
        {
            if (Stopped)
            {
                window.Sent();
                return;
            }

            outbox.Post(messages.Next(id, value), window.Sent);
        }

        public void OnError(Exception error)
        {
            if (!Stopped)
            {
                outbox.Post(messages.Error(id, [error as ExecutionError ?? InternalServerError.Create()]));
            }

            ended.TrySetResult();
        }

        public void OnCompleted()
        {
            if (!Stopped)
            {
                outbox.Post(messages.Complete(id));
            }

            ended.TrySetResult();
        }
    }
}
