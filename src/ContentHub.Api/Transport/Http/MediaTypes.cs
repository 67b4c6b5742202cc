using Microsoft.Net.Http.Headers;

namespace ContentHub.Api.Transport.Http;

/// <summary>Response media type negotiation of GraphQL over HTTP.</summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The media type to answer with, or null when the client accepts neither. Only an explicit
    /// <c>application/graphql-response+json</c> selects it: no Accept header and wildcards (fetch and
    /// curl send <c>*/*</c>) get <c>application/json</c>, because such a client may predate the new
    /// media type and expect 200 for a request that fails validation (graphql-http audits 47DE, 80D8).
    /// </summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept is null || accept.Count == 0)
        {
            return Json;
        }

        // We only write UTF-8, so a range that names another charset is one we cannot serve.
        var acceptable = accept.Where(a => a.Quality is not 0 && (a.Charset.Length == 0 || IsUtf8(a.Charset.Value)));
        foreach (var candidate in acceptable.OrderByDescending(a => a.Quality ?? 1))
        {
            if (candidate.MediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponse;
            }

            if (candidate.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
                || candidate.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
                || candidate.MediaType.Equals("*/*", StringComparison.Ordinal))
            {
                return Json;
            }
        }

        return null;
    }

    /// <summary>Request bodies must be JSON, in UTF-8 when a charset is named.</summary>
    public static bool IsJsonBody(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
        && contentType.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
        && (contentType.Charset.Length == 0 || IsUtf8(contentType.Charset.Value));

    private static bool IsUtf8(string? charset) =>
        string.Equals(charset?.Trim('"'), "utf-8", StringComparison.OrdinalIgnoreCase);
}
