using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using ContentHub.Api.Tests.Infrastructure;

namespace ContentHub.Api.Tests.Durability;

/// <summary>
/// The server binary (<c>dotnet contenthub.dll</c>) in an OS process of its own on a data folder
/// the test owns, listening on a port the OS picks, so the test can kill it the way a power cut or
/// the OOM killer would — something an in-process server cannot show.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    /// <summary>First start migrates and seeds; a fresh, busy CI machine needs its time.</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    /// <summary>Servers still running, killed if the test run itself ends first (a cancelled run must not leave servers behind).</summary>
    private static readonly HashSet<Process> Running = [];

    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private HttpClient? http;

    static ServerProcess() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        lock (Running)
        {
            foreach (var process in Running)
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // Ended meanwhile.
                }
            }
        }
    };

    private ServerProcess(Process process) => this.process = process;

    /// <summary>Every request to this server goes through it.</summary>
    public GraphQLClient GraphQL { get; private set; } = null!;

    /// <summary>What the server printed so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>
    /// Starts the server on <paramref name="dataFolder"/> (seeding it on first start) and returns once it
    /// listens. With a token, every request carries it as <c>Authorization: Bearer</c>.
    /// </summary>
    public static async Task<ServerProcess> StartAsync(string dataFolder, string? token)
    {
        var start = ServerBinary.StartInfo(dataFolder);
        // Port 0: the OS picks a free one, read back from the "Now listening on" line; no race for a port.
        start.Environment["Urls"] = "http://127.0.0.1:0";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        // The write load comes from one address, faster than the per-client limit allows.
        start.Environment["ContentHub__RateLimit__PermitsPerMinute"] = "0";

        var server = new ServerProcess(new Process { StartInfo = start });
        server.process.OutputDataReceived += (_, line) => server.Record(line.Data);
        server.process.ErrorDataReceived += (_, line) => server.Record(line.Data);
        try
        {
            server.process.Start();
            lock (Running)
            {
                Running.Add(server.process);
            }

            server.process.BeginOutputReadLine();
            server.process.BeginErrorReadLine();
            var address = await server.listening.Task.WaitAsync(StartTimeout);
            server.http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
            if (token is not null)
            {
                server.http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            server.GraphQL = new GraphQLClient(server.http);
            return server;
        }
        catch (Exception error)
        {
            await server.DisposeAsync();
            throw new InvalidOperationException($"The server did not start on {dataFolder} within {StartTimeout}: {error.Message}\n{server.Output}", error);
        }
    }

    /// <summary>SIGKILL to the server and anything it started: no shutdown code runs, nothing held only in its memory is saved.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        lock (Running)
        {
            Running.Remove(process);
        }
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            Kill();
        }
        catch (InvalidOperationException)
        {
            // Never started: nothing to stop.
        }

        http?.Dispose();
        process.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            // The process ended; if it never listened, say so now rather than at the timeout.
            listening.TrySetException(new InvalidOperationException("The server exited before it listened."));
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();
}
