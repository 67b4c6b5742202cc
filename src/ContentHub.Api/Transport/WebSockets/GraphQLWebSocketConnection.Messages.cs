using System.Security.Claims;
using ContentHub.Api.Access;
using ContentHub.Data;
using System.Text.Json;
using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using GraphQL;

namespace ContentHub.Api.Transport.WebSockets;

/// <summary>What the connection does with each message a client may send, in the order of PROTOCOL.md.</summary>
public sealed partial class GraphQLWebSocketConnection
{
    private async Task HandleAsync(ReadOnlyMemory<byte> data)
    {
        var (message, problem) = ClientMessage.Parse(data);
        if (message is null || problem is not null)
        {
            Close(CloseCodes.BadRequest, problem ?? "Invalid message received");
            return;
        }

        switch (message.Type)
        {
            case ClientMessage.ConnectionInit:
                await InitialiseAsync(message.Payload);
                break;
            case ClientMessage.Ping:
                await Outbox.SendAsync(Services.Messages.Pong(message.Payload));
                break;
            case ClientMessage.Pong:
                // The answer to our keep-alive ping; receiving it is all it is for.
                break;
            case ClientMessage.Subscribe:
                Subscribe(message.Id!, message.Payload!.Value);
                break;
            case ClientMessage.Complete:
                if (operations.TryRemove(message.Id!, out var operation))
                {
                    operation.Cancel();
                }

                break;
            default:
                Close(CloseCodes.BadRequest, $"Invalid message received: a client does not send `{message.Type}`");
                break;
        }
    }

    private async Task InitialiseAsync(JsonElement? payload)
    {
        if (Interlocked.Exchange(ref initialised, 1) == 1)
        {
            Close(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        if (payload is { } parameters && parameters.TryGetProperty("hub", out var hub) && hub.ValueKind != JsonValueKind.Null)
        {
            if (hub.ValueKind != JsonValueKind.String)
            {
                Close(CloseCodes.BadRequest, "Invalid message received: `hub` must be a hub's slug");
                return;
            }

            Hub = hub.GetString();
        }

        // An unknown hub or a bad token is refused here, once, rather than failing every operation later.
        await using var scope = Services.Scopes.CreateHubScope(Hub, User);
        if (payload is { } withToken && BearerToken.InPayload(withToken) is { } secret)
        {
            var (identity, failure) = await AccessTokenAuthentication.AuthenticateAsync(
                scope.ServiceProvider.GetRequiredService<ContentHubDbContext>(), Services.Clock, secret, receiving.Token);
            if (failure is not null)
            {
                Close(CloseCodes.Forbidden, "Forbidden: " + failure);
                return;
            }

            User = new ClaimsPrincipal(identity!);
        }

        var hubContext = scope.ServiceProvider.GetRequiredService<HubContext>();
        try
        {
            await hubContext.GetHubIdAsync(receiving.Token);
        }
        catch (UserFacingException)
        {
            Close(CloseCodes.Forbidden, $"Forbidden: there is no hub '{hubContext.Slug}'");
            return;
        }

        acknowledged = true;
        await Outbox.SendAsync(Services.Messages.ConnectionAck(new Dictionary<string, object?> { ["hub"] = hubContext.Slug }));
    }

    private void Subscribe(string id, JsonElement payload)
    {
        var (request, problem) = GraphQLRequest.FromJson(payload, Services.Serializer);
        if (request is null)
        {
            Close(CloseCodes.BadRequest, "Invalid message received: " + problem);
            return;
        }

        if (!acknowledged)
        {
            Close(CloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        var operation = new WebSocketOperation(id, request, this, ended.Token);
        if (!operations.TryAdd(id, operation))
        {
            Close(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }

        if (operations.Count > Services.Options.MaxOperationsPerConnection)
        {
            Forget(operation);
            Outbox.Post(Services.Messages.Error(id, [new ExecutionError(
                $"A connection may run at most {Services.Options.MaxOperationsPerConnection} operations at once; complete one first.") { Code = "TOO_MANY_OPERATIONS" }]));
            return;
        }

        operation.Start();
    }
}
