using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ContentHub.Api.Tests.Access.AccessCalls;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;

namespace ContentHub.Api.Tests.Access;

/// <summary>
/// Personal access tokens through the front door: created by an admin or by their owner, shown once,
/// stored as a hash, limited by scope and expiry, and dead the moment they are revoked.
/// </summary>
public sealed class AccessTokenTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    [Fact]
    public async Task An_anonymous_caller_reads_the_hub_and_its_published_answers_but_is_asked_to_sign_in_for_the_queue()
    {
        var refused = await server.Anonymous.SendAsync("{ requests { totalCount } }");
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], RefusalCodes(refused));
        Assert.Null(refused.Data);

        var open = await server.Anonymous.DataAsync("{ viewer { person { id } roles } currentHub { name } articles(first: 50) { nodes { status } } }");
        Assert.Null(open["viewer"]!["person"]);
        Assert.Empty(open["viewer"]!["roles"].Items());
        Assert.NotEmpty(open["articles"]!["nodes"].Items());
        Assert.All(open["articles"]!["nodes"].Items(), article => Assert.Equal("PUBLISHED", article["status"].Text()));
        var asStaff = await server.GraphQL.DataAsync("{ articles(where: { status: { neq: PUBLISHED } }) { totalCount } }");
        Assert.True(asStaff["articles"]!["totalCount"].Int() > 0, "The seed has drafts; staff see them, so the anonymous list above really left them out.");
    }

    [Fact]
    public async Task A_token_is_shown_once_stored_as_a_hash_and_refused_with_401_once_revoked()
    {
        var karin = await server.SignInAsAsync("req-a-karin-blom");
        var viewer = await karin.ViewerAsync();
        Assert.Equal("Karin Blom", viewer["person"]!["displayName"].Text());
        Assert.Equal(["REQUESTER"], viewer["roles"].Items().Select(r => r.Text()));
        Assert.Equal(["READ", "WRITE"], viewer["scopes"].Items().Select(s => s.Text()));
        var token = Assert.Single(viewer["accessTokens"].Items());
        Assert.StartsWith(token["hint"].Text(), karin.Token);
        Assert.True(token["hint"].Text().Length < 12);

        // The database holds the SHA-256 of the secret, never the secret.
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<ContentHubDbContext>().AccessTokens.AsNoTracking()
                .Where(t => t.Hint == token["hint"].Text()).Select(t => t.SecretHash).SingleAsync();
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(karin.Token!))), stored);
        }

        var revoked = ShouldSucceed(await karin.RevokeTokenAsync(token["id"].Text()), "accessToken");
        Assert.NotNull(revoked["revokedAt"]?.GetValue<string>());
        var after = await karin.SendAsync("{ viewer { person { id } } }");
        Assert.Equal(401, after.Status);
        Assert.Equal("AUTH_INVALID_TOKEN", after.FirstErrorCode);
        Assert.Contains("revoked", after.Errors![0]!["message"].Text());
    }

    [Fact]
    public async Task An_unknown_or_expired_token_gets_401_with_a_bearer_challenge_never_an_anonymous_answer()
    {
        using var unknown = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ currentHub { name } }" }) };
        unknown.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "chp_this-was-never-issued");
        using var response = await server.GraphQL.Http.SendAsync(unknown);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);

        var henrik = await server.SignInAsAsync("req-a-henrik-sjoberg");
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ContentHubDbContext>();
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(henrik.Token!)));
            var token = await db.AccessTokens.SingleAsync(t => t.SecretHash == hash);
            token.ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
        }

        var expired = await henrik.SendAsync("{ currentHub { name } }");
        Assert.Equal(401, expired.Status);
        Assert.Contains("expired", expired.Errors![0]!["message"].Text());
    }

    [Fact]
    public async Task A_read_only_token_queries_but_its_mutations_are_refused_before_they_run()
    {
        var dashboard = await server.SignInAsAsync("req-a-ebba-granlund", scopes: "[READ]");
        var requests = await dashboard.VisibleRequestsAsync();
        Assert.NotEmpty(requests);
        var eventsBefore = await EventCountAsync(requests[0]["id"].Text());

        var refused = await dashboard.SendAsync(
            "mutation($id: ID!) { addCaseComment(input: { requestId: $id, body: \"From a dashboard\" }) { comment { id } } }",
            new { id = requests[0]["id"].Text() });

        Assert.Equal(["AUTH_NOT_AUTHORIZED"], RefusalCodes(refused));
        Assert.Contains("WRITE", refused.Errors![0]!["message"].Text());
        Assert.Equal(eventsBefore, await EventCountAsync(requests[0]["id"].Text()));
    }

    [Fact]
    public async Task People_create_their_own_tokens_and_only_an_admin_creates_one_for_someone_else()
    {
        var anders = await server.SignInAsAsync("req-a-anders-wallin");
        var own = ShouldSucceed(await anders.CreateTokenAsync(new { name = "Upload bot", scopes = new[] { "READ" }, expiresInDays = 7 }), "accessToken");
        Assert.Equal("Anders Wallin", own["owner"]!["displayName"].Text());
        Assert.Equal(["READ"], own["scopes"].Items().Select(s => s.Text()));
        var maria = await server.GraphQL.PersonAsync("Maria Ekström");

        ShouldFailWith(await anders.CreateTokenAsync(new { name = "For Maria", scopes = new[] { "READ" }, personId = maria.Id }),
            "accessToken", new PayloadError("NOT_PERMITTED", "input.personId"));
        ShouldFailWith(await anders.CreateTokenAsync(new { name = "Forever", scopes = new[] { "READ" }, expiresInDays = 5000 }),
            "accessToken", new PayloadError("VALIDATION_FAILED", null));
        Assert.Equal(2, (await anders.ViewerAsync())["accessTokens"].Items().Count);

        // Someone else's token is as absent as one that never was.
        ShouldFailWith(await anders.RevokeTokenAsync(Assert.Single((await server.GraphQL.ViewerAsync())["accessTokens"].Items())["id"].Text()),
            "accessToken", new PayloadError("NOT_FOUND", null));
    }

    [Fact]
    public async Task A_token_an_admin_makes_for_someone_else_works_in_the_admins_hub_only()
    {
        // A second hub where Johanna is an admin; in the seeded hub she is a requester.
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ContentHubDbContext>();
            var other = new ContentHub.Data.Hubs.Hub { Slug = "other-hub", Name = "Another hub", DefaultLanguage = "en", CreatedAt = DateTimeOffset.UtcNow };
            db.Hubs.Add(other);
            await db.SaveChangesAsync();
            var johanna = await db.People.SingleAsync(p => p.Key == "req-a-johanna-nyqvist");
            db.HubRoles.Add(new ContentHub.Data.People.HubRole { HubId = other.Id, PersonId = johanna.Id, Role = ContentHub.Data.People.Role.Admin });
            await db.SaveChangesAsync();
        }

        var madeByAdmin = await server.SignInAsAsync("req-a-johanna-nyqvist");
        var elsewhere = await madeByAdmin.SendAsync("{ viewer { roles } }", hub: "other-hub");
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], RefusalCodes(elsewhere));
        Assert.Contains("another hub", elsewhere.Errors![0]!["message"].Text());

        // Her own token is hers everywhere: in the other hub she is its admin.
        var own = ShouldSucceed(await madeByAdmin.CreateTokenAsync(new { name = "Mine", scopes = new[] { "READ" } }), "accessToken");
        Assert.False(own["thisHubOnly"]!.GetValue<bool>());
        var ownSecret = (await madeByAdmin.CreateTokenAsync(new { name = "Mine too", scopes = new[] { "READ" } }))["secret"].Text();
        var there = await madeByAdmin.As(ownSecret).SendAsync("{ viewer { roles } }", hub: "other-hub");
        Assert.Equal(["ADMIN"], there.Data!["viewer"]!["roles"].Items().Select(r => r.Text()));
    }

    private async Task<int> EventCountAsync(string requestId) =>
        (await server.GraphQL.DataAsync("query($id: ID!) { node(id: $id) { ... on HelpRequest { events { sequence } } } }", new { id = requestId }))
            ["node"]!["events"].Items().Count;
}
