using ContentHub.Data.Hubs;
using ContentHub.Search.Indexing;
using ContentHub.Search.Matching;
using ContentHub.Search.Querying;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContentHub.Search.Evaluation.Experts;

/// <summary>
/// The production matcher under test. Each learned case goes into a throwaway
/// <see cref="SearchIndex"/> as a resolved case naming its resolver, exactly as the indexer writes
/// one; a resolver's tags so far become their skills (more cases, higher level); the weights are
/// those a new hub starts with. Language, region and capacity are the same for everyone here, so
/// they cannot change the order.
/// </summary>
public sealed class ExpertMatcherRanker : IExpertRanker
{
    private const int HubId = 1;
    private const string Language = "en";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "contenthub-eval", Guid.NewGuid().ToString("N"));
    private readonly SearchIndex index;
    private readonly ExpertMatcher matcher;
    private readonly MatchingWeights weights;
    private readonly Dictionary<string, int> expertIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, int>> tagCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DateTime>> resolved = new(StringComparer.Ordinal);
    private int cases;

    public ExpertMatcherRanker()
    {
        index = new SearchIndex(folder, NullLogger<SearchIndex>.Instance);
        matcher = new ExpertMatcher(index);
        weights = MatchingWeights.Of(new ExpertMatchingPolicy());
    }

    public string Name => "ContentHub";

    public IReadOnlyList<string> Rank(ResolvedCaseRecord request, IReadOnlyList<string> candidates)
    {
        var experts = candidates.Select(name => new ExpertCandidate(
            IdOf(name), Internal: true, ProfileText: "", ProfileVersion: 0, SkillLevels(name), [Language], [],
            resolved[name].Count, resolved[name].Count(at => at > request.Created.AddYears(-1)), OpenHours: 0, CapacityHours: 0, AwayUntil: null)).ToList();
        var profile = new CaseProfile(HubId, null, request.Title, request.Text, Language, request.Tags, [], null, null);
        var matches = matcher.Match(new MatchRequest(profile, request.Tags, null, DateOnly.FromDateTime(request.Created), IncludeExternal: true, weights), experts, experts.Count);
        var names = expertIds.ToDictionary(pair => pair.Value, pair => pair.Key);
        return matches.Select(m => names[m.ExpertId]).ToList();
    }

    public void Learn(ResolvedCaseRecord record)
    {
        var counts = tagCounts.TryGetValue(record.Resolver, out var known) ? known : tagCounts[record.Resolver] = new(StringComparer.Ordinal);
        foreach (var tag in record.Tags)
        {
            counts[tag] = counts.GetValueOrDefault(tag) + 1;
        }

        // The dataset has no resolution time; the question's time stands in for it.
        (resolved.TryGetValue(record.Resolver, out var dates) ? dates : resolved[record.Resolver] = []).Add(record.Created);
        index.Upsert(new SearchDocument(DocumentKind.Case, ++cases, HubId, Language, record.Title, record.Text, "Resolved", record.Tags,
            new CaseFacts(record.Tags, [], null, null, 0, Resolved: true, ResolvedBy: [IdOf(record.Resolver)], ResolvedOn: DateOnly.FromDateTime(record.Created))));
        index.Commit(new IndexWatermark(cases, 0));
    }

    public void Dispose()
    {
        index.Dispose();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private int IdOf(string name) => expertIds.TryGetValue(name, out var id) ? id : expertIds[name] = expertIds.Count + 1;

    /// <summary>Tags as skills: one case makes a basic skill, 2–3 intermediate, 4–7 advanced, 8 or more expert.</summary>
    private Dictionary<string, int> SkillLevels(string name) =>
        (tagCounts.GetValueOrDefault(name) ?? []).ToDictionary(pair => pair.Key, pair => pair.Value switch { 1 => 1, <= 3 => 2, <= 7 => 3, _ => 4 }, StringComparer.Ordinal);
}
