using System.Text.Json;
using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Api.Tests.Mutations;

namespace ContentHub.Api.Tests.Durability;

/// <summary>The seeded people the load writes as: a requester of an affiliate, and a member of staff who comments.</summary>
public sealed record LoadIdentity(string AffiliateId, string RequesterId);

/// <summary>
/// One client writing as fast as the server answers: files cases (with an idempotency key, resent
/// until acknowledged, as a real client retries), comments on them and edits their titles. It edits
/// only its own cases, so it knows what each must hold.
/// </summary>
public sealed class LoadWriter(int number, LoadIdentity who, AcknowledgedWrites ledger)
{
    private readonly List<FiledCase> own = [];
    private readonly Random random = new(number);
    private (string Key, string Token)? unacknowledgedSubmit;
    private int comments;

    /// <summary>Writes until <paramref name="stop"/>; a request a kill cuts off counts as unanswered.</summary>
    public async Task RunAsync(GraphQLClient graphQL, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            if (!await AnsweredAsync(graphQL))
            {
                // Back off a little, as a client would, rather than hammer a port nobody listens on.
                await Task.Delay(100, CancellationToken.None);
            }
        }
    }

    /// <summary>Sends one write; false when no answer came (the server was killed with it in flight, or is down).</summary>
    private async Task<bool> AnsweredAsync(GraphQLClient graphQL)
    {
        var roll = random.NextDouble();
        using var sending = ledger.Sending();
        try
        {
            if (unacknowledgedSubmit is not null || own.Count == 0 || roll < 0.4)
            {
                await SubmitAsync(graphQL);
            }
            else if (roll < 0.75)
            {
                await CommentAsync(graphQL, own[random.Next(own.Count)]);
            }
            else
            {
                await UpdateAsync(graphQL, own[random.Next(own.Count)]);
            }

            return true;
        }
        catch (Exception error) when (error is HttpRequestException or IOException or TaskCanceledException or JsonException)
        {
            ledger.CountUnanswered();
            return false;
        }
    }

    private async Task SubmitAsync(GraphQLClient graphQL)
    {
        // A submit without an answer is resent with the same key: the server must not file it twice.
        var (key, token) = unacknowledgedSubmit ??= (Guid.NewGuid().ToString("N"), "c" + Guid.NewGuid().ToString("N")[..12]);
        var input = RequestSubmission.ValidInput(who.AffiliateId, who.RequesterId);
        input["title"] = FiledCase.TitleOf(token, 0);
        input["description"] = $"Crash test {token}: {input["description"]}";
        input["idempotencyKey"] = key;
        var response = await graphQL.SendAsync(RequestSubmission.Mutation, new { input });
        if (Succeeded(response, "submitRequest", "helpRequest") is { } filed)
        {
            var filedCase = new FiledCase(filed["id"].Text(), token);
            filedCase.Sent(input["title"]!.GetValue<string>());
            filedCase.Holds(input["title"]!.GetValue<string>(), filed["version"].Int(), ledger.Acknowledge());
            own.Add(filedCase);
            ledger.Filed(filedCase);
            unacknowledgedSubmit = null;
        }
    }

    private async Task CommentAsync(GraphQLClient graphQL, FiledCase onCase)
    {
        var body = $"Comment {++comments} of writer {number} on {onCase.Token}";
        var response = await graphQL.SendAsync("""
            mutation($input: AddCaseCommentInput!) {
              addCaseComment(input: $input) { comment { id } errors { ... on Error { code message } } }
            }
            """, new { input = new { requestId = onCase.Id, body } });
        if (Succeeded(response, "addCaseComment", "comment") is { } comment)
        {
            ledger.Commented(onCase.Id, comment["id"].Text(), body);
        }
    }

    private async Task UpdateAsync(GraphQLClient graphQL, FiledCase onCase)
    {
        var title = onCase.NextTitle();
        onCase.Sent(title);
        var response = await graphQL.SendAsync("""
            mutation($input: UpdateRequestInput!) {
              updateRequest(input: $input) { helpRequest { version } errors { ... on Error { code message } } }
            }
            """, new { input = new { id = onCase.Id, expectedVersion = onCase.AcknowledgedVersion, title } });
        if (Succeeded(response, "updateRequest", "helpRequest") is { } updated)
        {
            onCase.Holds(title, updated["version"].Int(), ledger.Acknowledge());
        }
        else if (PayloadErrors.ErrorsOf(response.Data?["updateRequest"]).Any(error => error.Code == "CONCURRENCY_CONFLICT"))
        {
            // An edit committed just before a kill, its answer lost: learn what the case holds now (a read, not a write).
            var current = await graphQL.DataAsync("query($id: ID!) { node(id: $id) { ... on HelpRequest { title version } } }", new { id = onCase.Id });
            onCase.Holds(current["node"]!["title"].Text(), current["node"]!["version"].Int(), ledger.Acknowledged);
        }
    }

    /// <summary>The payload's node when the server acknowledged the write; otherwise null, with the answer kept.</summary>
    private JsonNode? Succeeded(GraphQLResponse response, string mutation, string node)
    {
        var payload = response.Data?[mutation];
        if (response.Status == 200 && response.Errors is null && payload?["errors"] is null && payload?[node] is { } written)
        {
            return written;
        }

        ledger.Refused(response.Body);
        return null;
    }
}
