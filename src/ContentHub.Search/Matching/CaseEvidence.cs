using System.Globalization;
using ContentHub.Search.Indexing;
using ContentHub.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ContentHub.Search.Matching;

/// <summary>What an expert's resolved cases say about the request: summed votes and the most similar cases, best first.</summary>
internal sealed record ExpertEvidence(double Votes, List<int> Cases);

/// <summary>
/// Document-centric expertise (Balog's "model 2"): the resolved cases most like the request vote
/// for the experts who resolved them, each vote as strong as the case is similar (relative to the
/// most similar one) and as recent. Several close cases outweigh one.
/// </summary>
internal static class CaseEvidence
{
    // How many of the most similar resolved cases may vote.
    private const int Voters = 50;

    private static readonly Term ResolvedCase = new(SearchFields.Resolved, "true");

    // A case resolved a year ago votes half as much as one resolved today: who solved such
    // problems lately is likelier to know today's tools, and to be around.
    private const double HalfLifeDays = 365;

    public static Dictionary<int, ExpertEvidence> Collect(IndexSearcher searcher, ScopeFilters scopes, Query text, int hubId, int? excludeCaseId, DateOnly today)
    {
        // One more than the voters: the request itself may be among them.
        var hits = scopes.Top(searcher, text, Voters + 1, DocumentKind.Case, hubId, ResolvedCase);
        var evidence = new Dictionary<int, ExpertEvidence>();
        var leaves = searcher.IndexReader.Leaves;
        var best = 0f;
        var resolver = new BytesRef();
        foreach (var hit in hits)
        {
            var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
            var local = hit.Doc - leaf.DocBase;
            var caseId = (int)(leaf.AtomicReader.GetNumericDocValues(SearchFields.Id)?.Get(local) ?? 0);
            if (caseId == excludeCaseId)
            {
                continue;
            }

            best = best == 0 ? hit.Score : best;
            var similarity = hit.Score / best;
            var resolvedOn = leaf.AtomicReader.GetNumericDocValues(SearchFields.ResolvedOn)?.Get(local) ?? 0;
            var age = resolvedOn == 0 ? 0 : Math.Max(0, today.DayNumber - resolvedOn);
            var recency = Math.Pow(0.5, age / HalfLifeDays);
            var resolvers = leaf.AtomicReader.GetSortedSetDocValues(SearchFields.ResolvedBy);
            if (resolvers is null)
            {
                continue; // no case of this segment names who resolved it
            }

            resolvers.SetDocument(local);
            for (var ord = resolvers.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = resolvers.NextOrd())
            {
                resolvers.LookupOrd(ord, resolver);
                var expert = int.Parse(resolver.Utf8ToString(), CultureInfo.InvariantCulture);
                var found = evidence.TryGetValue(expert, out var known) ? known : evidence[expert] = new ExpertEvidence(0, []);
                evidence[expert] = found with { Votes = found.Votes + recency * similarity };
                found.Cases.Add(caseId);
            }
        }

        return evidence;
    }
}
