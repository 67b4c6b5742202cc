using System.Diagnostics;
using ContentHub.Api.Tests.Infrastructure;
using ContentHub.Api.Tests.Mutations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace ContentHub.Api.Tests.Limits;

/// <summary>A server with a two-second operation timeout and SQL commands a test can hold back.</summary>
public sealed class StalledDatabaseServer : ContentHubServer
{
    public StalledCommands Commands { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["ContentHub:GraphQL:OperationTimeout"] = "00:00:02" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Commands));
    }
}

public sealed class OperationTimeoutTests(StalledDatabaseServer server) : IClassFixture<StalledDatabaseServer>, IDisposable
{
    [Fact]
    public async Task A_query_still_running_at_the_deadline_is_cancelled_with_operation_timeout()
    {
        server.Commands.Stall(sql => sql.Contains("\"HelpRequests\"", StringComparison.Ordinal));
        var clock = Stopwatch.StartNew();

        var response = await server.GraphQL.SendAsync("{ requests(first: 5) { nodes { title } } }");

        Assert.Equal(503, response.Status);
        Assert.Equal("OPERATION_TIMEOUT", response.FirstErrorCode);
        Assert.Null(response.Data);
        // Cancelled at the two-second deadline, not when the stalled command would have given up.
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_query_that_times_out_is_a_200_under_the_legacy_media_type()
    {
        server.Commands.Stall(sql => sql.Contains("\"HelpRequests\"", StringComparison.Ordinal));

        var response = await server.GraphQL.SendRawAsync("""{"query":"{ requests(first: 1) { totalCount } }"}""", accept: "application/json");

        Assert.Equal(200, response.Status);
        Assert.Equal("OPERATION_TIMEOUT", response.FirstErrorCode);
    }

    [Fact]
    public async Task A_mutation_cancelled_at_its_write_saves_nothing_and_the_next_one_succeeds()
    {
        var before = await CountAsync();
        var affiliateId = await server.GraphQL.AffiliateIdAsync(RequestSubmission.AffiliateKey);
        var requester = await server.GraphQL.PersonAsync(RequestSubmission.RequesterName);
        server.Commands.Stall(sql => sql.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase));

        var response = await server.GraphQL.SendAsync(RequestSubmission.Mutation, new { input = RequestSubmission.ValidInput(affiliateId, requester.Id) });

        Assert.Equal("OPERATION_TIMEOUT", response.FirstErrorCode);
        server.Commands.Stall(null);
        Assert.Equal(before, await CountAsync());
        await RequestSubmission.SubmitAsync(server.GraphQL);
        Assert.Equal(before + 1, await CountAsync());
    }

    [Fact]
    public async Task An_operation_within_the_deadline_runs()
    {
        var data = await server.GraphQL.DataAsync("{ requests(first: 3) { nodes { title affiliate { name } } } }");

        Assert.Equal(3, data["requests"]!["nodes"].Items().Count);
    }

    public void Dispose() => server.Commands.Stall(null);

    private async Task<int> CountAsync() =>
        (await server.GraphQL.DataAsync("{ requests { totalCount } }"))["requests"]!["totalCount"].Int();
}
