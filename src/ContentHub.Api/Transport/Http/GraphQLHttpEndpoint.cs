using System.Text.Json;
using ContentHub.Api.Composition;
using ContentHub.Api.GraphQL;
using GraphQL;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace ContentHub.Api.Transport.Http;

/// <summary>
/// <c>/graphql</c> per the GraphQL-over-HTTP specification: GET for queries, POST with a JSON body,
/// <c>application/graphql-response+json</c> or <c>application/json</c> responses, and the status
/// codes the specification gives for each kind of failure.
/// </summary>
public sealed class GraphQLHttpEndpoint(
    GraphQLRequestExecutor executor, IGraphQLTextSerializer serializer, IOptions<ContentHubOptions> options)
{
    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsPost(request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await WriteProblemAsync(http, StatusCodes.Status405MethodNotAllowed, MediaTypes.Json, "METHOD_NOT_ALLOWED", "Use GET or POST.");
            return;
        }

        var mediaType = MediaTypes.Negotiate(request);
        if (mediaType is null)
        {
            await WriteProblemAsync(http, StatusCodes.Status406NotAcceptable, MediaTypes.Json, "NOT_ACCEPTABLE",
                $"Accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.");
            return;
        }

        var (graphQLRequest, status, code, problem) = HttpMethods.IsGet(request.Method)
            ? FromGet(request)
            : await FromPostAsync(http);
        if (graphQLRequest is null)
        {
            await WriteProblemAsync(http, status, mediaType, code!, problem!);
            return;
        }

        var isGet = HttpMethods.IsGet(request.Method);
        var result = await executor.ExecuteAsync(
            graphQLRequest, isGet ? OperationTransport.HttpGet : OperationTransport.HttpPost, http.RequestServices, http.User, null, http.RequestAborted);

        if (isGet && result.Errors?.Any(e => e is OperationNotAllowedOverGetError) == true)
        {
            http.Response.Headers.Allow = "POST";
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        }
        else if (result.Errors?.Any(e => e is OperationTimeoutError) == true)
        {
            // Not the client's fault, and no data to send: the specification wants a 4xx or 5xx
            // under its media type, and 200 under the legacy one.
            http.Response.StatusCode = mediaType == MediaTypes.GraphQLResponse ? StatusCodes.Status503ServiceUnavailable : 200;
        }
        else
        {
            // A request that never ran (parse or validation failure) is the client's fault; under
            // the legacy media type the specification keeps 200.
            http.Response.StatusCode = !result.Executed && mediaType == MediaTypes.GraphQLResponse ? 400 : 200;
        }

        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private (GraphQLRequest?, int, string?, string?) FromGet(HttpRequest request)
    {
        var (parsed, problem) = GraphQLRequest.FromQueryString(request.Query, serializer);
        return (parsed, 400, "BAD_REQUEST", problem);
    }

    private async Task<(GraphQLRequest?, int, string?, string?)> FromPostAsync(HttpContext http)
    {
        if (!MediaTypes.IsJsonBody(http.Request))
        {
            return (null, StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE",
                $"Send the request as {MediaTypes.Json} (UTF-8).");
        }

        var limit = options.Value.GraphQL.MaxRequestBodyBytes;
        if (http.Request.ContentLength > limit)
        {
            return (null, StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE", $"The request body may be at most {limit} bytes.");
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            // Chunked bodies have no Content-Length; the server stops reading them at the limit.
            bodySize.MaxRequestBodySize = limit;
        }

        try
        {
            using var document = await JsonDocument.ParseAsync(http.Request.Body, default, http.RequestAborted);
            if (document.RootElement.ValueKind == JsonValueKind.Array)
            {
                // One request is one operation, so the rate limit, the timeout and the status code
                // each speak of one operation; a client with many sends them one by one (HTTP/2
                // multiplexes) or over one WebSocket.
                return (null, 400, "BATCHING_NOT_SUPPORTED", "Send one operation per request; a JSON array of operations (a batch) is not accepted.");
            }

            var (parsed, problem) = GraphQLRequest.FromJson(document.RootElement, serializer);
            return (parsed, 400, "BAD_REQUEST", problem);
        }
        catch (JsonException)
        {
            return (null, 400, "INVALID_JSON", "The request body is not valid JSON.");
        }
        catch (BadHttpRequestException error) when (error.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE", $"The request body may be at most {limit} bytes.");
        }
        catch (BadHttpRequestException error)
        {
            // Kestrel failed to read the body (malformed chunks, a client that stalls): keep its status,
            // but answer with a GraphQL error like every other failure instead of an empty body.
            return (null, error.StatusCode, "BAD_REQUEST_BODY", "The request body could not be read: " + error.Message);
        }
    }

    private async Task WriteProblemAsync(HttpContext http, int status, string mediaType, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
