using System.Diagnostics;

namespace ContentHub.Api.Tests.Infrastructure;

/// <summary>
/// Runs the reference JavaScript clients in <c>tests/clients</c> (graphql-http, graphql-ws) against the
/// test server. Installs their pinned packages with <c>npm ci</c> on a fresh checkout.
/// </summary>
public static class NodeClients
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot.Path, "tests", "clients");

    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    /// <summary>Runs <c>node &lt;script&gt; &lt;args&gt;</c> in the clients folder and returns its standard output.</summary>
    public static async Task<string> RunScriptAsync(string script, IEnumerable<string> args, TimeSpan timeout)
    {
        await EnsureInstalledAsync();
        return await RunAsync("node", [script, .. args], timeout);
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (!Directory.Exists(Path.Combine(Folder, "node_modules")))
            {
                // npm is a .cmd script on Windows, which Process cannot start by its bare name.
                var npm = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";
                await RunAsync(npm, ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(3));
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static async Task<string> RunAsync(string program, IEnumerable<string> args, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var command = $"{program} {string.Join(' ', start.ArgumentList)}";
        using var process = StartOrExplain(start, command);
        // Drain both pipes while waiting; a full pipe would block the child forever.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{command}` did not finish within {timeout}. Output so far: {await stderr}");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"`{command}` exited with {process.ExitCode}:\n{await stderr}\n{await stdout}");
        }

        return await stdout;
    }

    private static Process StartOrExplain(ProcessStartInfo start, string command)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"`{command}` did not start.");
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new InvalidOperationException($"`{command}` cannot run; the transport tests need Node.js 20+ and npm on PATH.", error);
        }
    }
}
