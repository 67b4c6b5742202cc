using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ContentHub.Api.Composition;

namespace ContentHub.Api.Benchmarks.Load;

/// <summary>The parts of a resident set, in bytes.</summary>
public sealed record ResidentMemory(long Anonymous, long MappedFiles, long Shared);

/// <summary>
/// The server under load, in a process of its own so that its memory is its own: the same
/// composition as <c>contenthub</c> plus the <see cref="QueueBaselineEndpoint"/>, started as
/// <c>contenthub bench load-server</c> on a free port of 127.0.0.1, without the rate limit.
/// </summary>
public sealed class LoadServer : IAsyncDisposable
{
    public const string Command = "load-server";
    private readonly Process process;
    private readonly Queue<string> lastLines = new();

    private LoadServer(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The young-generation budget the server is started with (<see cref="YoungGeneration"/>).</summary>
    public static string YoungGenerationBudget => YoungGeneration.Configured ?? YoungGeneration.Budget;

    /// <summary>How long the server's pool threads spin before they sleep.</summary>
    public static string PoolSpinLimit =>
        RuntimeSetting("DOTNET_ThreadPool_UnfairSemaphoreSpinLimit", "System.Threading.ThreadPool.UnfairSemaphoreSpinLimit", "70 (the runtime's own)");

    /// <summary>From what size an array goes to the large object heap.</summary>
    public static string LargeObjectThreshold =>
        RuntimeSetting("DOTNET_GCLOHThreshold", "System.GC.LOHThreshold", "85000 (the runtime's own)");

    /// <summary>
    /// A runtime setting as the server gets it: the environment's (which the server inherits, in the
    /// runtime's hexadecimal), else the runtimeconfig's that the project sets, else the runtime's own.
    /// </summary>
    private static string RuntimeSetting(string environmentVariable, string runtimeConfigName, string runtimeDefault) =>
        Environment.GetEnvironmentVariable(environmentVariable) is { } fromEnvironment
            ? $"{fromEnvironment} (from {environmentVariable})"
            : AppContext.GetData(runtimeConfigName)?.ToString() ?? runtimeDefault;

    /// <summary>The child's side: serve until killed.</summary>
    public static async Task<int> ServeAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production, Args = args });
        builder.AddContentHub();
        builder.Services.AddSingleton<StallMonitor>();
        await using var app = builder.Build();
        app.Services.GetRequiredService<StallMonitor>(); // watching from the start
        await app.PrepareContentHubAsync();
        app.MapQueueBaseline();
        ServerRuntime.Map(app);
        await app.RunAsync();
        return 0;
    }

    /// <summary>Starts the server on <paramref name="folder"/> and returns once it listens (the search index may still be building).</summary>
    public static async Task<LoadServer> StartAsync(string folder, CancellationToken cancellationToken)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort().ToString(CultureInfo.InvariantCulture)}");
        var start = new ProcessStartInfo(DotnetHost()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // The budget a server should run with, unless the caller's environment names one: an A/B
        // run sets DOTNET_GCgen0size=0 for the runtime's own.
        start.Environment[YoungGeneration.Variable] = YoungGenerationBudget;
        foreach (var argument in (string[])
                 [
                     typeof(LoadServer).Assembly.Location, "bench", Command, $"--ContentHub:DataFolder={folder}", $"--Urls={address}",
                     "--ContentHub:RateLimit:PermitsPerMinute=0", "--Logging:LogLevel:Default=Warning",
                 ])
        {
            start.ArgumentList.Add(argument);
        }

        var server = new LoadServer(Process.Start(start) ?? throw new InvalidOperationException("Could not start the server."), address);
        server.process.OutputDataReceived += (_, line) => server.Remember(line.Data);
        server.process.ErrorDataReceived += (_, line) => server.Remember(line.Data);
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();
        await server.WaitForHealthAsync(cancellationToken);
        return server;
    }

    /// <summary>The process's peak resident set (VmHWM) since it started or since <see cref="ResetPeak"/>.</summary>
    public long PeakRssBytes => StatusKilobytes("VmHWM:") * 1024;

    /// <summary>
    /// What the resident set is made of now: the process's own memory (managed heap, native
    /// allocations), files mapped into it (the search index, assemblies: pages the kernel may drop
    /// and read again), and shared memory (the runtime's double-mapped code).
    /// </summary>
    public ResidentMemory Resident => new(StatusKilobytes("RssAnon:") * 1024, StatusKilobytes("RssFile:") * 1024, StatusKilobytes("RssShmem:") * 1024);

    /// <summary>Starts a new peak: what the load needs, without the start-up (index rebuild, migrations).</summary>
    public void ResetPeak() => File.WriteAllText($"/proc/{process.Id.ToString(CultureInfo.InvariantCulture)}/clear_refs", "5");

    private long StatusKilobytes(string field)
    {
        var line = File.ReadLines($"/proc/{process.Id.ToString(CultureInfo.InvariantCulture)}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }

    private async Task WaitForHealthAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = Address };
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("The server exited during start-up:\n" + string.Join("\n", lastLines));
            }

            try
            {
                using var response = await http.GetAsync("/health", cancellationToken);
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            }
        }
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lastLines)
        {
            lastLines.Enqueue(line);
            if (lastLines.Count > 40)
            {
                lastLines.Dequeue();
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The dotnet host that runs this process (set by the SDK for <c>dotnet run</c> and <c>dotnet test</c>).</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path
        : "dotnet";

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
