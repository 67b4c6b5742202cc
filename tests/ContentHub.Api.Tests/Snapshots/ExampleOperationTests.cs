using System.Text.Json;
using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;

namespace ContentHub.Api.Tests.Snapshots;

/// <summary>
/// The example operations in schema/operations (the README points to them) run against the seeded
/// server without errors, so the examples cannot rot.
/// </summary>
public sealed class ExampleOperationTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    public static TheoryData<string> Operations() =>
        new(Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "schema", "operations"), "*.graphql").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Example_operation_runs_without_errors(string file)
    {
        var folder = Path.Combine(RepositoryRoot.Path, "schema", "operations");
        var variablesFile = Path.Combine(folder, Path.GetFileNameWithoutExtension(file) + ".variables.json");
        var variables = File.Exists(variablesFile) ? JsonSerializer.Deserialize<JsonElement>(File.ReadAllText(variablesFile)) : (object?)null;

        var response = await server.GraphQL.SendAsync(File.ReadAllText(Path.Combine(folder, file)), variables);

        Assert.True(response.Errors is null, response.Body);
        Assert.True(response.Data is JsonObject data && data.Count > 0 && data.All(field => field.Value is not null), response.Body);
        Assert.False(HasPayloadErrors(response.Data), response.Body);
    }

    /// <summary>A mutation payload anywhere in the response reported errors.</summary>
    private static bool HasPayloadErrors(JsonNode? node) => node switch
    {
        JsonObject o => o.Any(p => (p.Key == "errors" && p.Value is not null) || HasPayloadErrors(p.Value)),
        JsonArray a => a.Any(HasPayloadErrors),
        _ => false,
    };
}
