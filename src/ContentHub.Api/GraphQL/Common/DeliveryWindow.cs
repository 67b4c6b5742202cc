namespace ContentHub.Api.GraphQL.Common;

/// <summary>
/// How many results of one subscription may be on their way to the client at once. The transport
/// hands one back when it has sent a result; the event stream takes one before producing the next.
/// So a client that reads slowly holds up only its own stream, whose bounded buffer in the feed then
/// fills and ends it, instead of results piling up in the server's memory.
/// </summary>
public sealed class DeliveryWindow(int size)
{
    /// <summary>Where a transport puts the window in the execution's user context.</summary>
    public const string UserContextKey = "contenthub.delivery-window";

    private readonly SemaphoreSlim free = new(size, size);

    public Task WaitAsync(CancellationToken cancellationToken) => free.WaitAsync(cancellationToken);

    public void Sent() => free.Release();
}
