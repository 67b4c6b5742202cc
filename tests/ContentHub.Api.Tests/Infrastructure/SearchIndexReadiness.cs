using System.Text.Json.Nodes;

namespace ContentHub.Api.Tests.Infrastructure;

/// <summary>
/// Waits until a server's search index is built and has applied every logged change. A search only
/// waits (briefly) for the process's own writes, never for the first build from the database, so a
/// test that searches a server that has just started must wait here first.
/// </summary>
public static class SearchIndexReadiness
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Polls <c>searchIndexStatus</c> until it is not rebuilding and nothing is behind; returns that status.</summary>
    public static async Task<JsonNode> WaitUntilSearchIndexReadyAsync(this GraphQLClient graphQL)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            var status = await graphQL.SearchIndexStatusAsync();
            if (!status["rebuilding"]!.GetValue<bool>() && status["caseEventsBehind"].Int() == 0 && status["articleRevisionsBehind"].Int() == 0)
            {
                return status;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The search index was not ready within {Timeout}: {status.Compact()}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }

    public static async Task<JsonNode> SearchIndexStatusAsync(this GraphQLClient graphQL) =>
        (await graphQL.DataAsync("{ searchIndexStatus { caseSequence articleSequence caseEventsBehind articleRevisionsBehind rebuilding } }"))["searchIndexStatus"]!;
}
