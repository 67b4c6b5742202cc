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
/// <remarks>
/// One per index, held by the <see cref="Indexing.SearchIndex"/> itself, not in a table weakly keyed by
/// the index: what only a weak table holds, the runtime marks while every thread is stopped (in
/// the last phase of a background collection), and these counts made such pauses 40–110 ms long.
/// </remarks>
internal sealed class DocumentFrequencies
{
    private const double Drift = 0.05;

    // Every word of both languages' analyses, a stemmed vocabulary of tens of thousands.
    private const int MaxRemembered = 100_000;

    private readonly BoundedMemory<(string Field, string Word), Counted> counts = new(MaxRemembered);

    public Dictionary<string, int> Of(IndexReader reader, string field, IEnumerable<string> words)
    {
        var maxDoc = reader.MaxDoc;
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        var uncounted = new List<string>();
        foreach (var word in words)
        {
            if (counts.TryGet((field, word), out var known) && Math.Abs(known.MaxDoc - maxDoc) <= Drift * maxDoc)
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
            Store(field, uncounted, frequencies, maxDoc);
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

    private void Store(string field, List<string> words, Dictionary<string, int> frequencies, int maxDoc)
    {
        counts.MakeRoom(words.Count);
        foreach (var word in words)
        {
            // A word no document had is not remembered, so it is counted every time: the next
            // write may bring its first document, and a word that is in one document tells the most.
            if (frequencies[word] == 0)
            {
                counts.Forget((field, word));
            }
            else
            {
                counts.Remember((field, word), new Counted(frequencies[word], maxDoc));
            }
        }
    }

    private sealed record Counted(int DocFreq, int MaxDoc);
}
