using ContentHub.Api.GraphQL;
using GraphQL;
using GraphQL.Utilities;

namespace ContentHub.Api.Composition;

/// <summary>
/// Commands the server binary runs instead of serving: <c>contenthub schema export [file]</c> prints
/// the SDL that <c>schema/contenthub.graphql</c> must match; <c>contenthub index rebuild</c> rebuilds the
/// search index from the database; <c>contenthub backup FILE</c> / <c>restore FILE</c> copy the database;
/// <c>contenthub admin create "Name"</c> creates the first admin and prints their token.
/// </summary>
public static class CommandLine
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        switch (args)
        {
            case ["schema", "export", .. var rest]:
                var sdl = PrintSchema(app.Services);
                if (rest is [var file, ..])
                {
                    await File.WriteAllTextAsync(file, sdl);
                    Console.WriteLine($"Wrote the schema to {Path.GetFullPath(file)}");
                }
                else
                {
                    Console.Write(sdl);
                }

                return true;
            case ["eval", ..]:
                Environment.ExitCode = await EvaluationCommand.RunAsync(args[1..]);
                return true;
            case ["bench", ..]:
                Environment.ExitCode = await BenchmarkCommand.RunAsync(args[1..]);
                return true;
            case ["backup", var backupFile]:
                Environment.ExitCode = BackupCommand.Backup(app.Services, backupFile);
                return true;
            case ["restore", var restoreFile]:
                Environment.ExitCode = BackupCommand.Restore(app.Services, restoreFile);
                return true;
            case ["admin", "create", .. var adminArgs]:
                await app.InitialiseDatabaseAsync();
                Environment.ExitCode = await ContentHub.Api.Access.FirstAdmin.RunAsync(app.Services, adminArgs);
                return true;
            case ["index", "rebuild"]:
                await app.InitialiseDatabaseAsync();
                var documents = await app.Services.GetRequiredService<ContentHub.Search.Indexing.IndexWriterService>().RebuildAsync(CancellationToken.None);
                Console.WriteLine($"Rebuilt the search index: {documents} documents.");
                return true;
            default:
                return false;
        }
    }

    public static string PrintSchema(IServiceProvider services)
    {
        var schema = services.GetRequiredService<ContentHubSchema>();
        schema.Initialize();
        return schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
    }
}
