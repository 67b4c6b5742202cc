namespace ContentHub.Api.Composition;

/// <summary>
/// The young-generation budget the server is meant to run with: how much it allocates between two
/// gen0 collections. The runtime sizes it from the processor's cache, and on a virtual machine that
/// does not tell its cache sizes (ours) it falls to the smallest, at most 6 MB with concurrent
/// collection: at ~0.7 MB a call the server collected 17–20 times a second at 125 calls/s. With
/// 32 MB: 2.5 times, every thread paused 1.2 % of the time instead of 4.2 %, and the saturated mix
/// at 100k cases 457–483 calls/s instead of 318–417 (docs/performance.md, fourteenth pass). The runtime
/// reads it from the environment only, before the process starts (runtimeconfig.json's
/// <c>System.GC.Gen0Size</c> was tried and is ignored), so whoever starts the server sets it: the
/// launch profile, the load test's server, a deployment's service unit or container.
/// </summary>
public static class YoungGeneration
{
    public const string Variable = "DOTNET_GCgen0size";

    /// <summary>32 MB, in hexadecimal as the runtime reads it. The launch profile sets the same.</summary>
    public const string Budget = "0x2000000";

    /// <summary>Where Linux tells the processor's cache sizes, which the runtime sizes the budget from.</summary>
    private const string CacheSizes = "/sys/devices/system/cpu/cpu0/cache";

    /// <summary>The budget this process was started with, or null for the runtime's own.</summary>
    public static string? Configured => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>
    /// Warns once at start when the server runs with the runtime's own budget on a machine that
    /// hides its cache sizes: the case measured above. Elsewhere the runtime's own budget follows
    /// the cache and is left alone.
    /// </summary>
    public static void WarnIfTooSmall(ILogger logger)
    {
        if (Configured is null && OperatingSystem.IsLinux() && !Directory.Exists(CacheSizes))
        {
            logger.LogWarning(
                "This machine does not tell its processor cache sizes, so the garbage collector runs many small collections; start the server with {Variable}={Budget} (README, Configuration)",
                Variable, Budget);
        }
    }
}
