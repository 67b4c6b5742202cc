using System.Buffers.Text;
using System.Text;

namespace ContentHub.Api.Tests.Infrastructure;

/// <summary>Finds seeded records through the public queries, so tests hold the same opaque IDs a client would.</summary>
public static class SeedLookups
{
    public static async Task<string> AffiliateIdAsync(this GraphQLClient graphQL, string key)
    {
        var data = await graphQL.DataAsync(
            "query($key: String!) { affiliates(where: { key: { eq: $key } }) { nodes { id } } }", new { key });
        return data["affiliates"]!["nodes"].Items().Single()["id"].Text();
    }

    public static async Task<string> CampaignIdAsync(this GraphQLClient graphQL, string key)
    {
        var data = await graphQL.DataAsync("{ campaigns { id key } }");
        return data["campaigns"].Items().Single(c => c["key"].Text() == key)["id"].Text();
    }

    /// <summary>A seeded person by display name, with the keys of the affiliates they belong to.</summary>
    public static async Task<SeededPerson> PersonAsync(this GraphQLClient graphQL, string displayName)
    {
        var data = await graphQL.DataAsync(
            "query($name: String!) { people(where: { displayName: { eq: $name } }) { nodes { id affiliates { key } } } }",
            new { name = displayName });
        var person = data["people"]!["nodes"].Items().Single();
        return new SeededPerson(person["id"].Text(), person["affiliates"].Items().Select(a => a["key"].Text()).ToList());
    }

    /// <summary>A seeded expert profile by the person's display name.</summary>
    public static async Task<string> ExpertIdAsync(this GraphQLClient graphQL, string displayName)
    {
        var data = await graphQL.DataAsync(
            "query($name: String!) { experts(where: { displayName: { eq: $name } }) { nodes { id } } }", new { name = displayName });
        return data["experts"]!["nodes"].Items().Single()["id"].Text();
    }

    public static async Task<int> RequestCountAsync(this GraphQLClient graphQL) =>
        (await graphQL.DataAsync("{ requests { totalCount } }"))["requests"]!["totalCount"].Int();

    /// <summary>
    /// A well-formed ID that names nothing: the server's format (base64url of <c>Type:key</c>) with a key
    /// far beyond the seed. Only "unknown ID" tests need to forge one; everything else uses IDs the API gave.
    /// </summary>
    public static string UnknownId(string typeName) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:987654321"));
}

public sealed record SeededPerson(string Id, IReadOnlyList<string> AffiliateKeys);
