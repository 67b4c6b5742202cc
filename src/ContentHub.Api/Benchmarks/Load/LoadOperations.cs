using System.Collections.Concurrent;
using System.Text.Json;
using ContentHub.Api.GraphQL.Common;

namespace ContentHub.Api.Benchmarks.Load;

/// <summary>One kind of call of the mix: its name, its share of the calls, and how to make it once.</summary>
public sealed record LoadOperation(string Name, int Weight, bool Reads, Func<LoadClient, Random, CancellationToken, Task<JsonElement>> RunAsync);

/// <summary>
/// The realistic mix: a coordinator's triage queue (as <c>schema/operations/queue.graphql</c>) and a
/// filtered, differently ordered list; one case with its comments and events, its similar cases and
/// its expert matches; knowledge-base search; and three mutations that stay once callers are
/// authenticated (comment, edit, submit). Plus the baseline, which only the comparison runs.
/// </summary>
public sealed class LoadOperations(LoadDataset dataset)
{
    public const string Queue = "queue";
    public const string Baseline = "baseline: queue as plain JSON";

    private const string QueueQuery = """
        query Queue($first: Int = 20, $after: String) {
          requests(first: $first, after: $after, where: { status: { in: [SUBMITTED, TRIAGED, AWAITING_COMMITTEE, PRIORITISED] } }, order: [{ priorityScore: DESC }, { createdAt: ASC }]) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes { id title status language priorityScore contentVolume createdAt affiliate { name countryCode } helpTypes { key name } campaign { name } }
          }
        }
        """;

    private const string QueueByLanguageQuery = """
        query QueueByLanguage($language: String!, $helpType: String!) {
          requests(first: 20, where: { language: { eq: $language }, status: { nin: [CLOSED, WITHDRAWN, DECLINED] }, helpTypes: { some: { key: { eq: $helpType } } } }, order: [{ createdAt: DESC }]) {
            pageInfo { hasNextPage endCursor }
            nodes { id title status createdAt affiliate { name } }
          }
        }
        """;

    private const string CaseQuery = """
        query Case($id: ID!) {
          node(id: $id) {
            ... on HelpRequest {
              id title description status version targetPlatforms requester { displayName } affiliate { name }
              comments { author { displayName } body isInternal createdAt }
              assignments { expert { kind person { displayName } } assignedAt }
              events { sequence kind occurredAt actor { displayName } }
            }
          }
        }
        """;

    private const string SimilarQuery = """
        query Similar($id: ID!) { node(id: $id) { ... on HelpRequest { similarCases(first: 5) { score reason case { id title status } } } } }
        """;

    private const string ExpertsQuery = """
        query Experts($id: ID!) { node(id: $id) { ... on HelpRequest { expertMatches(first: 5) { score reason warnings expert { id kind person { displayName } } } } } }
        """;

    private const string SearchQuery = """
        query Search($query: String!, $language: String, $tags: [String!]) {
          searchKnowledgeBase(query: $query, language: $language, tags: $tags, first: 10) {
            totalCount nodes { score article { id title } snippets { text } } tagCounts { tag count }
          }
        }
        """;

    private const string CommentMutation = """
        mutation Comment($input: AddCaseCommentInput!) { addCaseComment(input: $input) { comment { id } errors { ... on Error { code message } } } }
        """;

    private const string UpdateMutation = """
        mutation Update($input: UpdateRequestInput!) { updateRequest(input: $input) { helpRequest { id version } errors { ... on Error { code message } } } }
        """;

    private const string VersionQuery = "query Version($id: ID!) { node(id: $id) { ... on HelpRequest { version } } }";

    private const string SubmitMutation = """
        mutation Submit($input: SubmitRequestInput!) { submitRequest(input: $input) { helpRequest { id } errors { ... on Error { code message } } } }
        """;

    private static readonly string[] Languages = ["en", "sv"];
    private static readonly string[] HelpTypes = ["upload-tooling", "metadata-modelling", "legal-licensing", "training", "tools"];

    /// <summary>Versions of the cases edited so far; generated cases start at 1, and only edits change them here.</summary>
    private readonly ConcurrentDictionary<int, int> versions = new();
    private readonly ConcurrentDictionary<int, bool> editing = new();
    private int submitted;

    public IReadOnlyList<LoadOperation> Mix() =>
    [
        new(Queue, 20, true, (client, _, token) => client.GraphQLAsync(QueueQuery, new { first = 20 }, token)),
        new("queue by language and help type, newest first", 10, true, (client, random, token) =>
            client.GraphQLAsync(QueueByLanguageQuery, new { language = Languages[random.Next(2)], helpType = HelpTypes[random.Next(HelpTypes.Length)] }, token)),
        new("case with comments and events", 20, true, (client, random, token) => client.GraphQLAsync(CaseQuery, new { id = AnyCase(random) }, token)),
        new("similarCases", 10, true, (client, random, token) => client.GraphQLAsync(SimilarQuery, new { id = AnyCase(random) }, token)),
        new("expertMatches", 10, true, (client, random, token) => client.GraphQLAsync(ExpertsQuery, new { id = AnyCase(random) }, token)),
        new("searchKnowledgeBase", 15, true, (client, random, token) =>
        {
            var query = dataset.KnowledgeQueries[random.Next(dataset.KnowledgeQueries.Count)];
            return client.GraphQLAsync(SearchQuery, new { query = query.Text, language = query.Language, tags = query.Tags.Count == 0 ? null : query.Tags }, token);
        }),
        new("addCaseComment", 6, false, (client, random, token) => client.GraphQLAsync(CommentMutation, new
        {
            input = new { requestId = AnyCase(random), body = "Load test: we will look at the files this week." },
        }, token)),
        new("updateRequest", 5, false, UpdateAsync),
        new("submitRequest", 4, false, SubmitAsync),
    ];

    public LoadOperation QueueBaseline() => new(Baseline, 0, true, (client, _, token) => client.GetAsync(QueueBaselineEndpoint.Path + "?first=20", token));

    private string AnyCase(Random random) => GlobalId.Format("HelpRequest", dataset.CaseIds[random.Next(dataset.CaseIds.Count)]);

    /// <summary>
    /// Edits a case with the version it has; a case being edited by another client at the same moment
    /// is skipped rather than raced (a conflict is the server doing its job, not a failure).
    /// </summary>
    private async Task<JsonElement> UpdateAsync(LoadClient client, Random random, CancellationToken cancellationToken)
    {
        var id = dataset.CaseIds[random.Next(dataset.CaseIds.Count)];
        if (!editing.TryAdd(id, true))
        {
            return default;
        }

        try
        {
            var version = versions.TryGetValue(id, out var known) ? known : dataset.Reused ? await VersionAsync(client, id, cancellationToken) : 1;
            var data = await client.GraphQLAsync(UpdateMutation, new
            {
                input = new { id = GlobalId.Format("HelpRequest", id), expectedVersion = version, title = $"Edited in the load test ({random.Next()}): glass plate negatives for Commons" },
            }, cancellationToken);
            versions[id] = data.GetProperty("updateRequest").GetProperty("helpRequest").GetProperty("version").GetInt32();
            return data;
        }
        finally
        {
            editing.TryRemove(id, out _);
        }
    }

    private static async Task<int> VersionAsync(LoadClient client, int id, CancellationToken cancellationToken) =>
        (await client.GraphQLAsync(VersionQuery, new { id = GlobalId.Format("HelpRequest", id) }, cancellationToken)).GetProperty("node").GetProperty("version").GetInt32();

    private Task<JsonElement> SubmitAsync(LoadClient client, Random random, CancellationToken cancellationToken)
    {
        var (requesterId, affiliateId) = dataset.Requesters[random.Next(dataset.Requesters.Count)];
        var n = Interlocked.Increment(ref submitted);
        // Staff file on the requester's behalf, as the hub does with requests that come by email.
        return client.GraphQLAsync(SubmitMutation, new
        {
            input = new
            {
                title = $"Load test request {n}: scanned photographs for Commons",
                description = "A regional archive has scanned glass plate negatives and wants them on Commons with Wikidata items for the photographers.",
                language = "en",
                affiliateId = GlobalId.Format("Affiliate", affiliateId),
                requesterId = GlobalId.Format("Person", requesterId),
                helpTypes = new[] { HelpTypes[random.Next(HelpTypes.Length)] },
                targetPlatforms = new[] { "COMMONS", "WIKIDATA" },
                contentVolume = random.Next(1, 500),
                usefulnessPlan = "Illustrate the Wikipedia articles on the villages and add the photographs to their Wikidata items.",
            },
        }, cancellationToken);
    }
}
