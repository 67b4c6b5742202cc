using System.Collections.Concurrent;
using ContentHub.Api.Access;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace ContentHub.Api.Tests.Infrastructure;

/// <summary>
/// The real server on a real Kestrel port of 127.0.0.1, with its own data folder (SQLite database,
/// later the search index) loaded from the real seed data. One per test class.
/// </summary>
public class ContentHubServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Lazy<Task<GraphQLClient>>> clientsByPerson = new();

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "contenthub-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Counts the SQL commands the server sends, to prove batch loading.</summary>
    public SqlCommandCounter SqlCommands { get; } = new();

    /// <summary>Watches the server's transactions, to prove that writers take turns.</summary>
    public TransactionWatch Transactions { get; } = new();

    /// <summary>Extra configuration a test class needs (limits, seed folder …).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public Uri GraphQLEndpoint => new(ClientOptions.BaseAddress, "/graphql");

    /// <summary>Signed in as the hub's first admin (who is also staff); <see cref="Anonymous"/> is no one.</summary>
    public GraphQLClient GraphQL { get; private set; } = null!;

    public GraphQLClient Anonymous => GraphQL.As(null);

    public int AdminPersonId { get; private set; }

    public async Task InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        var (adminId, secret) = await SignInAdminAsync();
        AdminPersonId = adminId;
        GraphQL = new GraphQLClient(CreateClient(), secret);
    }

    /// <summary>
    /// The way every installation starts: the first-admin command, then tokens through the API. A
    /// server started again on the same folder already has its admin, who gets a fresh token.
    /// </summary>
    private async Task<(int PersonId, string Secret)> SignInAdminAsync()
    {
        try
        {
            var admin = await FirstAdmin.CreateAsync(Services, "Test Admin", "admin@example.org", null, CancellationToken.None);
            return (admin.PersonId, admin.Secret);
        }
        catch (InvalidOperationException)
        {
            using var scope = Services.CreateScope();
            var adminId = scope.ServiceProvider.GetRequiredService<ContentHubDbContext>().People.Single(p => p.DisplayName == "Test Admin").Id;
            var issued = await scope.ServiceProvider.GetRequiredService<AccessTokenCommands>().IssueAsync(
                adminId, "Test", [ContentHub.Data.Access.AccessScope.Read, ContentHub.Data.Access.AccessScope.Write], DateTimeOffset.UtcNow.AddDays(1), null, null, CancellationToken.None);
            return (adminId, issued.Secret);
        }
    }

    /// <summary>
    /// A client signed in as a seeded person (by their key in seed-data/people.json), with a token the
    /// admin creates for them through <c>createAccessToken</c>.
    /// </summary>
    public async Task<GraphQLClient> SignInAsAsync(string personKey, string scopes = "[READ, WRITE]")
    {
        using var scope = Services.CreateScope();
        var personId = scope.ServiceProvider.GetRequiredService<ContentHubDbContext>().People.Single(p => p.Key == personKey).Id;
        var data = await GraphQL.DataAsync(
            "mutation($person: ID!) { createAccessToken(input: { name: \"test\", scopes: " + scopes + ", personId: $person }) { secret errors { ... on Error { code message } } } }",
            new { person = GlobalId.Format("Person", personId) });
        var secret = data["createAccessToken"]!["secret"]?.GetValue<string>()
            ?? throw new InvalidOperationException($"No token for {personKey}: {data.ToJsonString()}");
        return GraphQL.As(secret);
    }

    /// <summary>
    /// <see cref="SignInAsAsync"/> once per person for the server's life, that is per test class: the
    /// class's tests share a person's client instead of minting a token each.
    /// </summary>
    public Task<GraphQLClient> ClientOfAsync(string personKey) =>
        clientsByPerson.GetOrAdd(personKey, key => new Lazy<Task<GraphQLClient>>(() => SignInAsAsync(key))).Value;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Test");
        builder.UseSetting("ContentHub:DataFolder", DataFolder);
        // Test classes send hundreds of requests a minute from one address; the limit has its own test.
        builder.UseSetting("ContentHub:RateLimit:PermitsPerMinute", "0");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(SqlCommands).AddSingleton<IInterceptor>(Transactions));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
