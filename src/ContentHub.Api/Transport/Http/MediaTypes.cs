using Microsoft.Net.Http.Headers;

namespace ContentHub.Api.Transport.Http;

/// <summary>Response media type negotiation of GraphQL over HTTP.</summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The media type to answer with, or null when the client accepts neither. No Accept header
    /// means the legacy <c>application/json</c>; wildcards get the current
    /// <c>application/graphql-response+json</c>.
    /// </summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept is null || accept.Count == 0)
        {
            return Json;
        }

        foreach (var candidate in accept.Where(a => a.Quality is not 0).OrderByDescending(a => a.Quality ?? 1))
        {
            if (candidate.MediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase)
                || candidate.MediaType.Equals("*/*", StringComparison.Ordinal)
                || candidate.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponse;
            }

            if (candidate.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
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
        && (contentType.Charset.Length == 0 || contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
}
