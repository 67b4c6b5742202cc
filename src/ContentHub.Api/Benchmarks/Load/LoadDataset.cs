using ContentHub.Search.Querying;

namespace ContentHub.Api.Benchmarks.Load;

/// <summary>What the load needs to know about a generated database: which keys exist and who acts.</summary>
public sealed record LoadDataset(
    string DataFolder,
    int Cases,
    int Affiliates,
    int Experts,
    int Articles,
    int Comments,
    int Events,
    IReadOnlyList<int> CaseIds,
    IReadOnlyList<(int PersonId, int AffiliateId)> Requesters,
    /// <summary>The first admin's token, sent as <c>Authorization: Bearer</c> by every load client.</summary>
    string AccessToken,
    IReadOnlyList<KnowledgeQuery> KnowledgeQueries,
    TimeSpan Generated);
