using System.Text.Json;
using GraphQL;

namespace ContentHub.Api.Transport;

/// <summary>
/// A GraphQL request as GraphQL over HTTP defines it, read from a GET query string or a JSON body;
/// a graphql-transport-ws <c>subscribe</c> message carries the same object as its payload.
/// </summary>
public sealed record GraphQLRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions)
{
    /// <summary>Parses the request parameters; a message for the client when they are malformed.</summary>
    public static (GraphQLRequest? Request, string? Problem) FromJson(JsonElement body, IGraphQLTextSerializer serializer)
    {
        try
        {
            return Read(body, serializer);
        }
        catch (Exception error) when (error is InvalidOperationException or JsonException)
        {
            // Valid JSON may still escape half a surrogate pair ("\uD800"), which no .NET string can hold.
            return (null, "The request holds a string that is not valid Unicode, such as an unpaired surrogate escape.");
        }
    }

    private static (GraphQLRequest? Request, string? Problem) Read(JsonElement body, IGraphQLTextSerializer serializer)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, "The request body must be a JSON object.");
        }

        string? query = null, operationName = null;
        Inputs? variables = null, extensions = null;
        foreach (var property in body.EnumerateObject())
        {
            switch (property.Name)
            {
                case "query" when property.Value.ValueKind == JsonValueKind.String:
                    query = property.Value.GetString();
                    break;
                case "query" when property.Value.ValueKind != JsonValueKind.Null:
                    return (null, "`query` must be a string.");
                case "operationName" when property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Null:
                    operationName = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
                    break;
                case "operationName":
                    return (null, "`operationName` must be a string or null.");
                case "variables" or "extensions" when property.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null):
                    return (null, $"`{property.Name}` must be a JSON object or null.");
                case "variables":
                    variables = serializer.ReadNode<Inputs>(property.Value);
                    break;
                case "extensions":
                    extensions = serializer.ReadNode<Inputs>(property.Value);
                    break;
            }
        }

        return string.IsNullOrEmpty(query) ? (null, "The request has no `query`.") : (new(query, operationName, variables, extensions), null);
    }

    public static (GraphQLRequest? Request, string? Problem) FromQueryString(IQueryCollection parameters, IGraphQLTextSerializer serializer)
    {
        var query = parameters["query"].ToString();
        if (string.IsNullOrEmpty(query))
        {
            return (null, "The request has no `query` parameter.");
        }

        try
        {
            var variables = Json(parameters["variables"].ToString(), serializer);
            var extensions = Json(parameters["extensions"].ToString(), serializer);
            var operationName = parameters["operationName"].ToString();
            return (new(query, operationName is { Length: > 0 } ? operationName : null, variables, extensions), null);
        }
        catch (Exception error) when (error is JsonException or InvalidCastException or NotSupportedException or InvalidOperationException)
        {
            return (null, "`variables` and `extensions` must be URL-encoded JSON objects.");
        }
    }

    private static Inputs? Json(string text, IGraphQLTextSerializer serializer)
    {
        if (text.Length == 0)
        {
            return null;
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement.ValueKind switch
        {
            JsonValueKind.Object => serializer.ReadNode<Inputs>(document.RootElement),
            JsonValueKind.Null => null,
            _ => throw new JsonException("Not an object."),
        };
    }
}
