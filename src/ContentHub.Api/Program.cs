using ContentHub.Api.Composition;

var builder = WebApplication.CreateBuilder(args);

builder.AddContentHubData();
builder.AddContentHubSearch();
builder.AddContentHubGraphQL();
builder.AddContentHubTransport();

var app = builder.Build();

if (await CommandLine.TryRunAsync(app, args))
{
    return;
}

await app.InitialiseDatabaseAsync();

app.MapContentHubHealth();
app.MapContentHubGraphQL();

await app.RunAsync();

/// <summary>Visible to <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
