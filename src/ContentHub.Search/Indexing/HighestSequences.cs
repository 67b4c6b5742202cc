namespace ContentHub.Search.Indexing;

internal static class HighestSequences
{
    /// <summary>Remembers <paramref name="sequence"/> for <paramref name="person"/> unless a higher one is remembered already.</summary>
    public static void KeepHighest(this Dictionary<int, long> sequences, int person, long sequence) =>
        sequences[person] = Math.Max(sequences.GetValueOrDefault(person), sequence);
}
