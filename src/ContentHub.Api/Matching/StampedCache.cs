using System.Collections.Concurrent;

namespace ContentHub.Api.Matching;

/// <summary>
/// One value per hub, kept between requests while a stamp read cheaply from the database stays the
/// same. The stamp is read before the value is loaded, so a change that lands during a load leaves
/// an older stamp with the newer value, and the next request loads again: never a stale value.
/// </summary>
public sealed class StampedCache<TStamp, TValue>
    where TStamp : IEquatable<TStamp>
{
    private readonly ConcurrentDictionary<int, (TStamp Stamp, TValue Value)> hubs = new();

    public async Task<TValue> GetAsync(int hubId, TStamp stamp, Func<Task<TValue>> load)
    {
        if (hubs.TryGetValue(hubId, out var cached) && cached.Stamp.Equals(stamp))
        {
            return cached.Value;
        }

        var value = await load();
        hubs[hubId] = (stamp, value);
        return value;
    }
}
