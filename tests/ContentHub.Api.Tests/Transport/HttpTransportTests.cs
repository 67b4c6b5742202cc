using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using ContentHub.Api.Tests.Infrastructure;

namespace ContentHub.Api.Tests.Transport;

/// <summary>Our own GraphQL-over-HTTP checks through real HTTP, beyond what the graphql-http audit covers.</summary>
public sealed class HttpTransportTests(HttpTransportTests.SmallBodyLimitServer server) : IClassFixture<HttpTransportTests.SmallBodyLimitServer>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";

    /// <summary>A 2 KiB body limit, so the 413 tests need not send megabytes; every other request here is far smaller.</summary>
    public sealed class SmallBodyLimitServer : ContentHubServer
    {
        public const int MaxRequestBodyBytes = 2048;

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["ContentHub:GraphQL:MaxRequestBodyBytes"] = MaxRequestBodyBytes.ToString(),
        };
    }

    [Fact]
    public async Task GET_runs_a_query()
    {
        var reply = await SendAsync(Get("{ __typename }"));

        Assert.Equal(200, reply.Status);
        Assert.Equal("Query", reply.Body.Data!["__typename"].Text());
    }

    [Fact]
    public async Task GET_reads_variables_as_url_encoded_json()
    {
        var reply = await SendAsync(Get("query Type($name: String!) { __type(name: $name) { name } }", """{"name":"Query"}"""));

        Assert.Equal(200, reply.Status);
        Assert.Equal("Query", reply.Body.Data!["__type"]!["name"].Text());
    }

    [Fact]
    public async Task A_mutation_over_GET_is_405_and_allows_POST()
    {
        // Run over POST first: a document seen before skips the document-only rules, never the transport's.
        Assert.Equal(200, (await SendAsync(Post("""{"query":"mutation { __typename }"}""", GraphQLResponse))).Status);

        var reply = await SendAsync(Get("mutation { __typename }", accept: GraphQLResponse));

        Assert.Equal(405, reply.Status);
        Assert.Equal(["POST"], reply.Allow);
        Assert.Equal("OPERATION_NOT_ALLOWED_OVER_GET", reply.Body.FirstErrorCode);
        Assert.Null(reply.Body.Data);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Methods_other_than_GET_and_POST_are_405(string method)
    {
        var reply = await SendAsync(new HttpRequestMessage(new HttpMethod(method), "/graphql") { Content = JsonBody("""{"query":"{ __typename }"}""") });

        Assert.Equal(405, reply.Status);
        Assert.Equal(["GET", "POST"], reply.Allow);
        Assert.Equal("METHOD_NOT_ALLOWED", reply.Body.FirstErrorCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task A_POST_body_that_is_not_UTF8_JSON_is_415(string? contentType)
    {
        var content = new ByteArrayContent("""{"query":"{ __typename }"}"""u8.ToArray());
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        var reply = await SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content });

        Assert.Equal(415, reply.Status);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", reply.Body.FirstErrorCode);
    }

    [Theory]
    [InlineData("""{ "query": "{ __typename }" """, "INVALID_JSON")]
    [InlineData("""[{ "query": "{ __typename }" }]""", "BATCHING_NOT_SUPPORTED")]
    [InlineData("""{ "operationName": "Q" }""", "BAD_REQUEST")]
    [InlineData("""{ "query": 42 }""", "BAD_REQUEST")]
    [InlineData("""{ "query": "{ __typename }", "variables": "{}" }""", "BAD_REQUEST")]
    [InlineData("""{ "query": "\uD800" }""", "BAD_REQUEST")]
    [InlineData("""{ "query": "{ __typename }", "variables": { "a": "\uDC00x" } }""", "BAD_REQUEST")]
    public async Task A_malformed_request_is_400_under_either_media_type(string body, string code)
    {
        foreach (var accept in new[] { GraphQLResponse, Json })
        {
            var reply = await SendAsync(Post(body, accept));

            Assert.Equal(400, reply.Status);
            Assert.Equal(code, reply.Body.FirstErrorCode);
            Assert.Null(reply.Body.Data);
        }
    }

    [Fact]
    public async Task A_validation_failure_under_application_json_is_200_without_data()
    {
        var reply = await SendAsync(Post("""{"query":"{ noSuchField }"}""", Json));

        Assert.Equal(200, reply.Status);
        Assert.Equal(Json, reply.ContentType.MediaType);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", reply.Body.FirstErrorCode);
        Assert.False(reply.Body.Json.ContainsKey("data"));
    }

    [Fact]
    public async Task A_validation_failure_under_graphql_response_json_is_400_without_data()
    {
        var reply = await SendAsync(Post("""{"query":"{ noSuchField }"}""", GraphQLResponse));

        Assert.Equal(400, reply.Status);
        Assert.Equal(GraphQLResponse, reply.ContentType.MediaType);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", reply.Body.FirstErrorCode);
        Assert.False(reply.Body.Json.ContainsKey("data"));
    }

    [Theory]
    [InlineData(null, Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData("application/json, application/graphql-response+json;q=0.9", Json)]
    [InlineData("application/json;q=0.9, application/graphql-response+json", GraphQLResponse)]
    [InlineData("text/html, application/graphql-response+json;q=0.5", GraphQLResponse)]
    public async Task The_response_media_type_follows_Accept_and_is_UTF8(string? accept, string expected)
    {
        var reply = await SendAsync(Post("""{"query":"{ __typename }"}""", accept));

        Assert.Equal(200, reply.Status);
        Assert.Equal(expected, reply.ContentType.MediaType);
        Assert.Equal("utf-8", reply.ContentType.CharSet);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task An_Accept_header_we_cannot_satisfy_is_406(string accept)
    {
        var reply = await SendAsync(Post("""{"query":"{ __typename }"}""", accept));

        Assert.Equal(406, reply.Status);
        Assert.Equal("NOT_ACCEPTABLE", reply.Body.FirstErrorCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_when_its_length_is_declared()
    {
        using var request = Post(OversizedBody(), GraphQLResponse);
        Assert.NotNull(request.Content!.Headers.ContentLength);

        var reply = await SendAsync(request);

        Assert.Equal(413, reply.Status);
        Assert.Equal("REQUEST_TOO_LARGE", reply.Body.FirstErrorCode);
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_413()
    {
        var content = new UnsizedContent(Encoding.UTF8.GetBytes(OversizedBody()));
        content.Headers.ContentType = new MediaTypeHeaderValue(Json);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        Assert.Null(content.Headers.ContentLength);

        var reply = await SendAsync(request);

        Assert.Equal(413, reply.Status);
        Assert.Equal("REQUEST_TOO_LARGE", reply.Body.FirstErrorCode);
    }

    [Fact]
    public async Task A_body_Kestrel_cannot_read_is_answered_with_a_GraphQL_error()
    {
        // HttpClient cannot send broken chunk framing, so this one speaks HTTP/1.1 over a raw socket.
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.GraphQLEndpoint.Host, server.GraphQLEndpoint.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nnot-a-chunk-size\r\n\r\n"));

        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.StartsWith("HTTP/1.1 400 ", response);
        Assert.Contains("\"code\":\"BAD_REQUEST_BODY\"", response);
    }

    private static HttpRequestMessage Get(string query, string? variables = null, string? accept = null)
    {
        var url = "/graphql?query=" + Uri.EscapeDataString(query) + (variables is null ? "" : "&variables=" + Uri.EscapeDataString(variables));
        return WithAccept(new HttpRequestMessage(HttpMethod.Get, url), accept);
    }

    private static HttpRequestMessage Post(string body, string? accept) =>
        WithAccept(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonBody(body) }, accept);

    private static StringContent JsonBody(string body) => new(body, Encoding.UTF8, Json);

    private static HttpRequestMessage WithAccept(HttpRequestMessage request, string? accept)
    {
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    /// <summary>A valid request padded past the limit, so the size is the only thing wrong with it.</summary>
    private static string OversizedBody() =>
        $$$"""{"query":"{ __typename }","extensions":{"padding":"{{{new string('x', SmallBodyLimitServer.MaxRequestBodyBytes)}}}"}}""";

    private async Task<Reply> SendAsync(HttpRequestMessage request)
    {
        using var response = await server.GraphQL.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = new GraphQLResponse((int)response.StatusCode, JsonNode.Parse(text)!.AsObject(), text);

        // House convention: every top-level error carries extensions.code, transport failures included.
        Assert.All(body.Errors ?? [], error => Assert.False(string.IsNullOrEmpty(error!["extensions"]?["code"]?.GetValue<string>()), text));
        // HttpClient files Allow under the content headers and splits it into methods.
        return new Reply(body.Status, response.Content.Headers.ContentType!, [.. response.Content.Headers.Allow.Order()], body);
    }

    private sealed record Reply(int Status, MediaTypeHeaderValue ContentType, string[] Allow, GraphQLResponse Body);

    /// <summary>Content without a known length, which HttpClient sends with chunked transfer encoding.</summary>
    private sealed class UnsizedContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
