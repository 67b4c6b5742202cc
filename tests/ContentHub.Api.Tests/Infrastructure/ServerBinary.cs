using System.Diagnostics;

namespace ContentHub.Api.Tests.Infrastructure;

/// <summary>
/// The server binary run as an operator runs it, in a process of its own: <c>dotnet contenthub.dll</c>
/// on a data folder, in Production, for a command (backup, restore) or to serve.
/// </summary>
public static class ServerBinary
{
    public static ProcessStartInfo StartInfo(string dataFolder, params string[] command)
    {
        // The SDK tells tests which dotnet runs them; a machine without dotnet on PATH still finds it.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "contenthub.dll"));
        foreach (var argument in command)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ContentHub__DataFolder"] = dataFolder;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return start;
    }

    /// <summary>Runs a command on a data folder; returns its exit code and everything it printed.</summary>
    public static async Task<(int Code, string Output)> RunAsync(string dataFolder, params string[] command)
    {
        using var process = Process.Start(StartInfo(dataFolder, command))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`contenthub {string.Join(' ', command)}` did not finish within 2 minutes: {await errors}");
        }

        return (process.ExitCode, await output + await errors);
    }
}
