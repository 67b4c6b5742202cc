namespace ContentHub.Api.Transport.WebSockets;

/// <summary>The close codes of graphql-transport-ws (and the two of RFC 6455 we use), with the reasons sent along.</summary>
public static class CloseCodes
{
    public const int Normal = 1000;

    /// <summary>The server is shutting down.</summary>
    public const int GoingAway = 1001;

    /// <summary>A message above the size limit (RFC 6455).</summary>
    public const int MessageTooBig = 1009;

    /// <summary>Invalid message: not JSON, an unknown type, a missing id, a malformed payload.</summary>
    public const int BadRequest = 4400;

    /// <summary>A subscribe before the connection was acknowledged.</summary>
    public const int Unauthorized = 4401;

    /// <summary>The connection was refused (an unknown hub in connection_init).</summary>
    public const int Forbidden = 4403;

    /// <summary>The client asked for another subprotocol than graphql-transport-ws (or none).</summary>
    public const int SubprotocolNotAcceptable = 4406;

    /// <summary>No connection_init within the configured time.</summary>
    public const int ConnectionInitialisationTimeout = 4408;

    /// <summary>A subscribe with the id of an operation still running.</summary>
    public const int SubscriberAlreadyExists = 4409;

    /// <summary>A second connection_init.</summary>
    public const int TooManyInitialisationRequests = 4429;

    public const int InternalServerError = 4500;
}
