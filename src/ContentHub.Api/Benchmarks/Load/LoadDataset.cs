using System.Text.Json;
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
    /// <summary>Staff members' tokens, the hub's first admin's first: the calls go out as each in turn.</summary>
    IReadOnlyList<string> StaffTokens,
    IReadOnlyList<KnowledgeQuery> KnowledgeQueries,
    TimeSpan Generated,
    /// <summary>Driven before (<c>--reuse</c>): earlier runs have edited cases, so their versions are unknown.</summary>
    bool Reused = false);

/// <summary>A kept data folder remembers what its load needs, so that a later run can reuse it (<c>--reuse</c>).</summary>
public static class LoadDatasetFile
{
    private const string Name = "load-dataset.json";

    // The requesters are value tuples, whose items are fields.
    private static readonly JsonSerializerOptions Options = new() { IncludeFields = true };

    public static Task WriteAsync(LoadDataset dataset, CancellationToken cancellationToken) =>
        File.WriteAllTextAsync(Path.Combine(dataset.DataFolder, Name), JsonSerializer.Serialize(dataset, Options), cancellationToken);

    public static async Task<LoadDataset> ReadAsync(string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, Name);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{folder} was not kept by a load run (--keep): it has no {Name}.");
        }

        var dataset = JsonSerializer.Deserialize<LoadDataset>(await File.ReadAllTextAsync(path, cancellationToken), Options)!;
        if (dataset.StaffTokens is null or [])
        {
            throw new InvalidOperationException($"{folder} was kept by an older load tool (one caller, no staff tokens): generate it again.");
        }

        return dataset with { DataFolder = folder, Generated = TimeSpan.Zero, Reused = true };
    }
}
