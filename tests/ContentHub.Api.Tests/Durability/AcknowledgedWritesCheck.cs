using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;

namespace ContentHub.Api.Tests.Durability;

/// <summary>What a check after a crash found missing or wrong, each with a sentence saying what.</summary>
public sealed record CheckFindings(IReadOnlyList<string> Lost, IReadOnlyList<string> Duplicated, IReadOnlyList<string> NotFindable);

/// <summary>
/// Asks a restarted server, through the public API only, for every acknowledged write: each case with
/// the title it was last acknowledged with (or one sent after it, whose answer never came), each comment
/// with its body, no case filed twice for one idempotency key — and, once the index has caught up with
/// the log, each case findable by the one word only it holds.
/// </summary>
public static class AcknowledgedWritesCheck
{
    private const int Chunk = 50;

    /// <summary>Checks every write acknowledged up to <paramref name="asOf"/> (by default, all of them).</summary>
    public static async Task<CheckFindings> RunAsync(GraphQLClient graphQL, AcknowledgedWrites writes, long asOf = long.MaxValue)
    {
        var lost = new List<string>();
        var titles = new Dictionary<string, string>();
        foreach (var chunk in writes.Cases.Where(c => c.FiledAt <= asOf).Chunk(Chunk))
        {
            var nodes = await NodesAsync(graphQL, chunk.Select(c => c.Id), "... on HelpRequest { id title version }");
            foreach (var (filed, node) in chunk.Zip(nodes))
            {
                if (node is null)
                {
                    lost.Add($"case {filed.Token} ({filed.Id}) was acknowledged but is gone");
                    continue;
                }

                var (title, version) = (node["title"].Text(), node["version"].Int());
                titles[filed.Id] = title;
                if (!filed.MayHold(title, version, asOf))
                {
                    lost.Add($"case {filed.Token} holds \"{title}\" v{version}, but {filed.Promised(asOf)} was acknowledged");
                }
            }
        }

        foreach (var chunk in writes.Comments.Where(c => c.Acknowledgement <= asOf).Chunk(Chunk))
        {
            var nodes = await NodesAsync(graphQL, chunk.Select(c => c.CommentId), "... on CaseComment { body }");
            lost.AddRange(chunk.Zip(nodes).Where(pair => pair.Second?["body"]?.GetValue<string>() != pair.First.Body)
                .Select(pair => $"comment \"{pair.First.Body}\" ({pair.First.CommentId}) was acknowledged but is {(pair.Second is null ? "gone" : "changed")}"));
        }

        var duplicated = (await FiledTokensAsync(graphQL)).GroupBy(token => token).Where(g => g.Count() > 1)
            .Select(g => $"case {g.Key} was filed {g.Count()} times for one idempotency key").ToList();

        await graphQL.WaitUntilSearchIndexReadyAsync();
        var notFindable = new List<string>();
        foreach (var filed in writes.Cases.Where(c => titles.ContainsKey(c.Id)))
        {
            if (!await FindableAsync(graphQL, filed.Id, titles[filed.Id]))
            {
                notFindable.Add($"case {filed.Token} (\"{titles[filed.Id]}\") is not found by the index");
            }
        }

        return new CheckFindings(lost, duplicated, notFindable);
    }

    private static async Task<IReadOnlyList<JsonNode?>> NodesAsync(GraphQLClient graphQL, IEnumerable<string> ids, string fields) =>
        (await graphQL.DataAsync($"query($ids: [ID!]!) {{ nodes(ids: $ids) {{ {fields} }} }}", new { ids = ids.ToArray() }))["nodes"]!.AsArray().ToList();

    /// <summary>The token of every crash-test case the server holds, once per case.</summary>
    private static async Task<List<string>> FiledTokensAsync(GraphQLClient graphQL)
    {
        var tokens = new List<string>();
        for (string? after = null; ;)
        {
            var page = (await graphQL.DataAsync("""
                query($after: String) {
                  requests(where: { title: { startsWith: "Crash-test " } }, first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { title } }
                }
                """, new { after }))["requests"]!;
            tokens.AddRange(page["nodes"].Items().Select(n => n["title"].Text().Split(' ')[1]));
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                return tokens;
            }

            after = page["pageInfo"]!["endCursor"].Text();
        }
    }

    /// <summary>Whether the index finds the case from its current title, whose token no other case holds.</summary>
    private static async Task<bool> FindableAsync(GraphQLClient graphQL, string id, string title)
    {
        var data = await graphQL.DataAsync(
            "query($input: DraftRequestInput!) { suggestForDraft(input: $input, first: 5) { similarCases { case { id } } } }",
            new { input = new { title, language = "en" } });
        return data["suggestForDraft"]!["similarCases"].Items().Any(hit => hit["case"]!["id"].Text() == id);
    }
}
