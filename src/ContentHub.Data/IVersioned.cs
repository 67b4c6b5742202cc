namespace ContentHub.Data;

/// <summary>A record edited by several people: its version is its optimistic concurrency token, bumped on every save.</summary>
public interface IVersioned
{
    int Version { get; set; }
}
