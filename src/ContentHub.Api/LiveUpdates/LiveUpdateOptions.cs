namespace ContentHub.Api.LiveUpdates;

/// <summary>The "ContentHub:LiveUpdates" settings: how the case-event feed reads the log and buffers for subscribers.</summary>
public sealed class LiveUpdateOptions
{
    /// <summary>
    /// How often the feed looks for events that other processes committed; this process's own saves
    /// wake it at once.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Events one subscriber may fall behind before it is cut off with <c>SUBSCRIBER_TOO_SLOW</c>.</summary>
    public int SubscriberBuffer { get; set; } = 1_000;
}
