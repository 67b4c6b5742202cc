namespace ContentHub.Api.Tests.Durability;

/// <summary>
/// The tests that run servers in processes of their own, one class at a time: each loads the machine
/// (a server, its writers, restarts), and on a small CI machine two at once would mostly measure each other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ServerProcessCollection
{
    public const string Name = "Server processes";
}
