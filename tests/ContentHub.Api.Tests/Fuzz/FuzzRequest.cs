namespace ContentHub.Api.Tests.Fuzz;

/// <summary>
/// One request of the fuzzer, exactly as sent: a raw body (not necessarily JSON), its media type
/// (null: none), what it accepts, and whether it may write (so a failure must leave the database as it was).
/// </summary>
public sealed record FuzzRequest(string Kind, string Body, string? ContentType = "application/json", string Accept = "application/graphql-response+json")
{
    public bool MayWrite { get; init; }

    /// <summary>The mutation field whose payload says whether the write happened; null for documents the fuzzer mangled.</summary>
    public string? MutationField { get; init; }

    public override string ToString() =>
        $"{Kind} [{ContentType ?? "no content type"} → {Accept}] {(Body.Length > 600 ? Body[..600] + $"… ({Body.Length} chars)" : Body)}";
}
