using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Api.Tests.Mutations;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;

namespace ContentHub.Api.Tests.Workflow;

/// <summary>submitRequest with an idempotency key: a retried submission never files a second case.</summary>
public sealed class IdempotentSubmissionTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    private GraphQLClient GraphQL => server.GraphQL;

    [Fact]
    public async Task A_retry_with_the_same_key_returns_the_case_the_first_call_filed()
    {
        var countBefore = await GraphQL.RequestCountAsync();

        var first = ShouldSucceed(await SubmitAsync("retry-1"), "helpRequest");
        var retry = ShouldSucceed(await SubmitAsync("retry-1"), "helpRequest");

        Assert.Equal(first["id"].Text(), retry["id"].Text());
        Assert.Equal(countBefore + 1, await GraphQL.RequestCountAsync());
    }

    [Fact]
    public async Task Retries_racing_each_other_file_one_case()
    {
        var countBefore = await GraphQL.RequestCountAsync();

        var payloads = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => SubmitAsync("racing-retries")));

        var ids = payloads.Select(p => ShouldSucceed(p, "helpRequest")["id"].Text()).Distinct().ToList();
        Assert.Single(ids);
        Assert.Equal(countBefore + 1, await GraphQL.RequestCountAsync());
    }

    [Fact]
    public async Task The_same_key_for_a_different_request_is_refused_and_files_nothing()
    {
        ShouldSucceed(await SubmitAsync("reused-key"), "helpRequest");
        var countBefore = await GraphQL.RequestCountAsync();

        var reused = await SubmitAsync("reused-key", title: "A different request altogether");

        ShouldFailWith(reused, "helpRequest", new PayloadError("DUPLICATE", "input.idempotencyKey"));
        Assert.Equal(countBefore, await GraphQL.RequestCountAsync());
    }

    private async Task<JsonNode?> SubmitAsync(string key, string? title = null)
    {
        var input = RequestSubmission.ValidInput(await GraphQL.AffiliateIdAsync(RequestSubmission.AffiliateKey), (await GraphQL.PersonAsync(RequestSubmission.RequesterName)).Id);
        input["idempotencyKey"] = key;
        if (title is not null)
        {
            input["title"] = title;
        }

        return (await GraphQL.DataAsync("""
            mutation($input: SubmitRequestInput!) {
              submitRequest(input: $input) { helpRequest { id } errors { ... on Error { code message } ... on DuplicateError { field } } }
            }
            """, new { input }))["submitRequest"];
    }
}
