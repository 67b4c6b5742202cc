namespace ContentHub.Api.Transport.WebSockets;

/// <summary>The "ContentHub:WebSockets" settings of the graphql-transport-ws endpoint.</summary>
public sealed class GraphQLWebSocketOptions
{
    /// <summary>How long a new socket may take to send <c>connection_init</c> before it is closed with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How often the server pings an acknowledged connection (the client answers pong); zero turns it off.</summary>
    public TimeSpan PingInterval { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Operations one connection may run at once; a subscribe beyond it gets an error.</summary>
    public int MaxOperationsPerConnection { get; set; } = 100;

    /// <summary>Results of one subscription that may be queued for sending before it waits for the socket.</summary>
    public int DeliveryWindow { get; set; } = 16;

    /// <summary>How long the server waits for the client's close frame after sending its own.</summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
