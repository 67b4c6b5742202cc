using System.Collections.Concurrent;

namespace ContentHub.Search.Querying;

/// <summary>
/// What searches remember of an index's words, shared between threads and bounded: when the
/// entries about to be remembered would take it past its capacity, it forgets everything and
/// starts over. A long tail of one-off words cannot grow it, and the common words are back after
/// a few requests. Its size is counted on the side, because a <c>ConcurrentDictionary</c>'s
/// <c>Count</c> takes every lock.
/// </summary>
internal sealed class BoundedMemory<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> entries = new(comparer);
    private int size;

    public bool TryGet(TKey key, out TValue value) => entries.TryGetValue(key, out value!);

    /// <summary>Forgets everything if <paramref name="count"/> more entries would not fit.</summary>
    public void MakeRoom(int count)
    {
        if (Volatile.Read(ref size) + count > capacity)
        {
            entries.Clear();
            Interlocked.Exchange(ref size, 0);
        }
    }

    public void Remember(TKey key, TValue value)
    {
        if (entries.TryAdd(key, value))
        {
            Interlocked.Increment(ref size);
        }
        else
        {
            entries[key] = value; // a fresher value for a known key takes no more room
        }
    }

    public void Forget(TKey key)
    {
        if (entries.TryRemove(key, out _))
        {
            Interlocked.Decrement(ref size);
        }
    }
}
