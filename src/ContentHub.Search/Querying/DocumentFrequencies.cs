using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ContentHub.Search.Querying;

/// <summary>
/// How many documents of the index contain each word, for choosing a text's telling words. A
/// request brings a hundred or more distinct words, and counting them means a seek in every
/// segment, while near-real-time writes keep adding small segments that nothing has counted yet.
/// So the counts are remembered per index and word, and counted again only once the index has
/// grown or shrunk by a twentieth since: a count a few writes old chooses the same words, and
/// the queries still score with exact statistics (<see cref="TermStatistics"/>, for the chosen
/// words only). A small index is counted again after every few changes, so it stays exact, and a
/// word no document had is never taken from memory.
/// </summary>
internal static class DocumentFrequencies
{
    private const double Drift = 0.05;

    // Bounded memory: every word of both languages' analyses, a stemmed vocabulary of tens of thousands.
    private const int MaxRemembered = 100_000;

    private static readonly ConditionalWeakTable<object, Remembered> Indexes = new();

    public static Dictionary<string, int> Of(IndexReader reader, string field, IEnumerable<string> words)
    {
        // The directory outlives the readers that near-real-time search reopens.
        var remembered = Indexes.GetValue(reader is DirectoryReader { Directory: var directory } ? directory : reader.CoreCacheKey, _ => new Remembered());
        var maxDoc = reader.MaxDoc;
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        var uncounted = new List<string>();
        foreach (var word in words)
        {
            if (remembered.Counts.TryGetValue((field, word), out var known) && Math.Abs(known.MaxDoc - maxDoc) <= Drift * maxDoc)
            {
                frequencies[word] = known.DocFreq;
            }
            else if (!frequencies.ContainsKey(word))
            {
                frequencies[word] = 0;
                uncounted.Add(word);
            }
        }

        if (uncounted.Count > 0)
        {
            Count(reader, field, uncounted, frequencies);
            remembered.Store(field, uncounted, frequencies, maxDoc);
        }

        return frequencies;
    }

    private static void Count(IndexReader reader, string field, List<string> words, Dictionary<string, int> frequencies)
    {
        var sorted = words.Select(word => (Word: word, Bytes: new BytesRef(word))).OrderBy(w => w.Bytes, BytesRef.UTF8SortedAsUnicodeComparer).ToList();
        foreach (var leaf in reader.Leaves)
        {
            if (leaf.AtomicReader.GetTerms(field)?.GetEnumerator() is not { } terms)
            {
                continue;
            }

            foreach (var (word, bytes) in sorted)
            {
                if (terms.SeekExact(bytes))
                {
                    frequencies[word] += terms.DocFreq;
                }
            }
        }
    }

    private sealed record Counted(int DocFreq, int MaxDoc);

    private sealed class Remembered
    {
        private int size;

        public ConcurrentDictionary<(string Field, string Word), Counted> Counts { get; } = new();

        public void Store(string field, List<string> words, Dictionary<string, int> frequencies, int maxDoc)
        {
            // A ConcurrentDictionary's Count takes every lock; an approximate size of our own takes none.
            if (Volatile.Read(ref size) + words.Count > MaxRemembered)
            {
                Counts.Clear();
                Interlocked.Exchange(ref size, 0);
            }

            foreach (var word in words)
            {
                // A word no document had is not remembered, so it is counted every time: the next
                // write may bring its first document, and a word that is in one document tells the most.
                if (frequencies[word] == 0)
                {
                    Counts.TryRemove((field, word), out _);
                }
                else if (Counts.TryAdd((field, word), new Counted(frequencies[word], maxDoc)))
                {
                    Interlocked.Increment(ref size); // a recount replaces its entry and takes no more room
                }
                else
                {
                    Counts[(field, word)] = new Counted(frequencies[word], maxDoc);
                }
            }
        }
    }
}
