using ContentHub.Api.Tests.Infrastructure;

namespace ContentHub.Api.Tests.Limits;

/// <summary>A server configured as production would be: introspection off.</summary>
public sealed class NoIntrospectionServer : ContentHubServer
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["ContentHub:GraphQL:Introspection"] = "false" };
}

public sealed class IntrospectionDisabledTests(NoIntrospectionServer server) : IClassFixture<NoIntrospectionServer>
{
    [Theory]
    [InlineData("{ __schema { queryType { name } } }")]
    [InlineData("{ __type(name: \"HelpRequest\") { name fields { name } } }")]
    [InlineData("query { currentHub { name } ... on Query { __schema { types { name } } } }")]
    public async Task Schema_and_type_fields_fail_validation_with_a_code(string query)
    {
        var response = await server.GraphQL.SendAsync(query);

        Assert.Equal(400, response.Status);
        Assert.Null(response.Data);
        Assert.Equal("NO_INTROSPECTION", response.FirstErrorCode);
    }

    [Fact]
    public async Task Typename_still_answers()
    {
        var data = await server.GraphQL.DataAsync("{ __typename currentHub { __typename name } }");

        Assert.Equal("Query", data["__typename"].Text());
        Assert.Equal("Hub", data["currentHub"]!["__typename"].Text());
    }
}

/// <summary>The test environment keeps the default of Development and Test: introspection on.</summary>
public sealed class IntrospectionEnabledTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    [Fact]
    public async Task Schema_and_type_answer_by_default_outside_production()
    {
        var data = await server.GraphQL.DataAsync("{ __schema { queryType { name } } __type(name: \"HelpRequest\") { name } }");

        Assert.Equal("Query", data["__schema"]!["queryType"]!["name"].Text());
        Assert.Equal("HelpRequest", data["__type"]!["name"].Text());
    }

    [Fact]
    public async Task The_introspection_query_of_graphiql_and_code_generators_fits_the_limits()
    {
        // graphql-js getIntrospectionQuery() with its defaults, the query GraphiQL and code generators send.
        var query = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "tests", "ContentHub.Api.Tests", "Limits", "StandardIntrospectionQuery.graphql"));

        var data = await server.GraphQL.DataAsync(query);

        Assert.Contains(data["__schema"]!["types"].Items(), type => type["name"].Text() == "HelpRequest");
    }
}
