using ContentHub.Api.Composition;

var builder = WebApplication.CreateBuilder(args);

// Data, search, GraphQL and the transports: see ContentHubComposition.
builder.AddContentHub();

var app = builder.Build();

if (await CommandLine.TryRunAsync(app, args))
{
    return;
}

await app.PrepareContentHubAsync();
await app.RunAsync();

/// <summary>Visible to <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
