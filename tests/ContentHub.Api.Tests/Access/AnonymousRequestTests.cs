using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Api.Tests.Mutations;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;

namespace ContentHub.Api.Tests.Access;

/// <summary>
/// A hub may take requests from people without an account: off by default, switched on by an admin,
/// and then only with a name and an email to answer at. The anonymous caller still reads nothing.
/// </summary>
public sealed class AnonymousRequestTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    private const string Submit = """
        mutation($input: SubmitRequestInput!) {
          submitRequest(input: $input) {
            helpRequest { id status requester { displayName } }
            errors { ... on Error { code message } ... on ValidationError { field } ... on NotPermittedError { field } }
          }
        }
        """;

    [Fact]
    public async Task Anonymous_requests_are_refused_until_the_hub_takes_them_and_then_need_a_name_and_an_email()
    {
        var affiliateId = await server.GraphQL.AffiliateIdAsync(RequestSubmission.AffiliateKey);
        var before = await server.GraphQL.RequestCountAsync();

        var closed = await server.Anonymous.DataAsync(Submit, new { input = Input(affiliateId, new { displayName = "Eva Strand", email = "eva@example.org" }) });
        ShouldFailWith(closed["submitRequest"], "helpRequest", new PayloadError("NOT_PERMITTED", "input"));

        await SettingAsync(acceptsAnonymousRequests: true);
        var withoutContact = await server.Anonymous.DataAsync(Submit, new { input = Input(affiliateId, contact: null) });
        var badEmail = await server.Anonymous.DataAsync(Submit, new { input = Input(affiliateId, new { displayName = "Eva Strand", email = "eva at example" }) });
        ShouldFailWith(withoutContact["submitRequest"], "helpRequest", new PayloadError("VALIDATION_FAILED", "input.contact"));
        ShouldFailWith(badEmail["submitRequest"], "helpRequest", new PayloadError("VALIDATION_FAILED", "input.contact.email"));
        Assert.Equal(before, await server.GraphQL.RequestCountAsync());

        var filed = ShouldSucceed((await server.Anonymous.DataAsync(Submit,
            new { input = Input(affiliateId, new { displayName = "Eva Strand", email = "eva@example.org" }) }))["submitRequest"], "helpRequest");
        Assert.Equal(("SUBMITTED", "Eva Strand"), (filed["status"].Text(), filed["requester"]!["displayName"].Text()));

        // Staff answer her by email; she, without an account, cannot read the queue.
        var asStaff = await server.GraphQL.DataAsync("query($id: ID!) { node(id: $id) { ... on HelpRequest { requester { email } } } }", new { id = filed["id"].Text() });
        Assert.Equal("eva@example.org", asStaff["node"]!["requester"]!["email"].Text());
        Assert.Null((await server.Anonymous.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = filed["id"].Text() }))["node"]);
        await SettingAsync(acceptsAnonymousRequests: false);
    }

    private static JsonObject Input(string affiliateId, object? contact)
    {
        var input = RequestSubmission.ValidInput(affiliateId, requesterId: "unused");
        input.Remove("requesterId");
        input["contact"] = contact is null ? null : JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(contact));
        return input;
    }

    private async Task SettingAsync(bool acceptsAnonymousRequests)
    {
        var data = await server.GraphQL.DataAsync(
            "mutation($on: Boolean) { updateHubSettings(input: { acceptsAnonymousRequests: $on }) { hub { acceptsAnonymousRequests } errors { ... on Error { code } } } }",
            new { on = acceptsAnonymousRequests });
        Assert.Equal(acceptsAnonymousRequests, ShouldSucceed(data["updateHubSettings"], "hub")["acceptsAnonymousRequests"]!.GetValue<bool>());
    }
}
