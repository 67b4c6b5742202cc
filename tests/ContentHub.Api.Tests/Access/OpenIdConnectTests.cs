using System.Security.Cryptography;
using ContentHub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using static ContentHub.Api.Tests.Access.AccessCalls;

namespace ContentHub.Api.Tests.Access;

/// <summary>
/// Sign-in with an OpenID Connect provider's JWT, switched on by configuration. The provider is a
/// small issuer on 127.0.0.1 of the test's own (discovery document and signing keys), so the server
/// fetches real metadata and checks real signatures, without leaving the machine.
/// </summary>
public sealed class OpenIdConnectTests(OpenIdConnectTests.ServerWithProvider server) : IClassFixture<OpenIdConnectTests.ServerWithProvider>
{
    [Fact]
    public async Task A_providers_token_signs_in_the_person_with_that_email_and_their_roles_in_this_hub()
    {
        var astrid = server.GraphQL.As(server.Provider.Issue(email: "astrid.lund@example.org"));

        var viewer = await astrid.ViewerAsync();

        Assert.Equal("Astrid Lund", viewer["person"]!["displayName"].Text());
        Assert.Contains("STAFF", viewer["roles"].Items().Select(r => r.Text()));
        // Access tokens keep working next to the provider's.
        Assert.Equal("Test Admin", (await server.GraphQL.ViewerAsync())["person"]!["displayName"].Text());
    }

    [Fact]
    public async Task A_token_of_a_stranger_another_audience_or_a_foreign_key_gets_401()
    {
        var stranger = await server.GraphQL.As(server.Provider.Issue(email: "nobody@example.org")).SendAsync("{ viewer { roles } }");
        var otherAudience = await server.GraphQL.As(server.Provider.Issue(email: "astrid.lund@example.org", audience: "another-app")).SendAsync("{ viewer { roles } }");
        var forged = await server.GraphQL.As(new FakeProvider("http://127.0.0.1:1").Issue(email: "astrid.lund@example.org")).SendAsync("{ viewer { roles } }");

        Assert.Equal((401, "AUTH_INVALID_TOKEN"), (stranger.Status, stranger.FirstErrorCode));
        Assert.Equal(401, otherAudience.Status);
        Assert.Equal(401, forged.Status);
    }

    public sealed class ServerWithProvider : ContentHubServer
    {
        public FakeProvider Provider { get; } = FakeProvider.Start();

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["ContentHub:OpenIdConnect:Authority"] = Provider.Issuer,
            ["ContentHub:OpenIdConnect:Audience"] = FakeProvider.Audience,
            ["ContentHub:OpenIdConnect:RequireHttpsMetadata"] = "false",
        };
    }

    /// <summary>An OpenID Connect issuer reduced to what a resource server reads: discovery and its RSA key.</summary>
    public sealed class FakeProvider(string issuer)
    {
        public const string Audience = "contenthub";
        private readonly RsaSecurityKey key = new(RSA.Create(2048)) { KeyId = Guid.NewGuid().ToString("N") };

        public string Issuer => issuer;

        public static FakeProvider Start()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            FakeProvider? provider = null;
            app.MapGet("/.well-known/openid-configuration", () => Results.Json(new { issuer = provider!.Issuer, jwks_uri = provider.Issuer + "/keys" }));
            app.MapGet("/keys", () => Results.Json(new { keys = new[] { provider!.PublicJwk() } }));
            app.StartAsync().GetAwaiter().GetResult();
            provider = new FakeProvider(app.Urls.Single());
            return provider;
        }

        public string Issue(string email, string audience = Audience) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = new Dictionary<string, object> { ["email"] = email, ["sub"] = email },
            Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });

        private object PublicJwk()
        {
            var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
            return new { kty = "RSA", use = "sig", alg = "RS256", kid = key.KeyId, n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent) };
        }
    }
}
