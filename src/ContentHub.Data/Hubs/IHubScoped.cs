namespace ContentHub.Data.Hubs;

/// <summary>Marks data owned by one hub, so queries can always be scoped to the caller's hub.</summary>
public interface IHubScoped
{
    int HubId { get; }
}
