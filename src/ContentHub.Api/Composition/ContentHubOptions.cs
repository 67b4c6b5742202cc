using ContentHub.Api.LiveUpdates;
using ContentHub.Api.Transport.WebSockets;
using ContentHub.Data;

namespace ContentHub.Api.Composition;

/// <summary>The "ContentHub" configuration section.</summary>
public sealed class ContentHubOptions
{
    public const string Section = "ContentHub";

    /// <summary>Where the SQLite file (and later the search index) lives; relative to the working directory.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>Slug of the hub a request addresses when it names none (header <c>X-ContentHub-Hub</c>).</summary>
    public string DefaultHub { get; set; } = "content-partnerships";

    public bool SeedOnFirstStart { get; set; } = true;

    /// <summary>Folder of seed JSON; defaults to the copy shipped next to the server.</summary>
    public string? SeedDataFolder { get; set; }

    public DatabaseOptions Database { get; set; } = new();

    public GraphQLOptions GraphQL { get; set; } = new();

    public LiveUpdateOptions LiveUpdates { get; set; } = new();

    public GraphQLWebSocketOptions WebSockets { get; set; } = new();

    public RateLimitOptions RateLimit { get; set; } = new();

    public string ResolveDataFolder() => Path.GetFullPath(DataFolder);

    public string ResolveSeedDataFolder() =>
        SeedDataFolder is { Length: > 0 } folder ? Path.GetFullPath(folder) : Path.Combine(AppContext.BaseDirectory, "seed-data");
}

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Required for SQL Server; for SQLite it defaults to <c>contenthub.db</c> in the data folder.</summary>
    public string? ConnectionString { get; set; }
}

public sealed class GraphQLOptions
{
    public int DefaultPageSize { get; set; } = 20;
    public int MaxPageSize { get; set; } = 100;
    public int MaxDepth { get; set; } = 15;
    public int MaxComplexity { get; set; } = 25_000;
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Characters of one GraphQL document (long text belongs in variables). The parser's syntax
    /// error message costs the square of the line length: a 180,000-character line took a minute.
    /// </summary>
    public int MaxDocumentLength { get; set; } = 32 * 1024;

    /// <summary>Fields, fragment spreads, inline fragments and variable definitions one document may hold, over all its definitions.</summary>
    public int MaxSelections { get; set; } = 1_000;

    /// <summary>Fragment definitions one document may hold; fragments spread inside fragments may nest <see cref="MaxDepth"/> deep.</summary>
    public int MaxFragments { get; set; } = 100;

    /// <summary>
    /// How long one query or mutation sent over HTTP may run before it is cancelled and answered
    /// with OPERATION_TIMEOUT; a mutation cancelled before its commit writes nothing.
    /// </summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether <c>__schema</c> and <c>__type</c> answer. Unset: on in Development and Test, off
    /// elsewhere, so a production server does not hand out its schema unless it is asked to.
    /// </summary>
    public bool? Introspection { get; set; }
}
