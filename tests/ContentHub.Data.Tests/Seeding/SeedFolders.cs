using System.Text.Json;
using System.Text.Json.Nodes;
using ContentHub.Data.Tests.Infrastructure;

namespace ContentHub.Data.Tests.Seeding;

/// <summary>The repository's real seed-data/ folder, and copies of it that a test may break.</summary>
public static class SeedFolders
{
    public static string Real { get; } = Path.Combine(RepositoryRoot.Path, "seed-data");

    public static string CopyInto(string folder)
    {
        var copy = Path.Combine(folder, "seed-data");
        foreach (var file in Directory.GetFiles(Real, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(Real, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }

    /// <summary>Changes the record with the given key in a seed file that holds an array of records.</summary>
    public static void EditRecord(string seedFolder, string relativeFile, string key, Action<JsonObject> edit)
    {
        var path = Path.Combine(seedFolder, relativeFile);
        var records = JsonNode.Parse(File.ReadAllText(path))!.AsArray();
        var record = records.OfType<JsonObject>().Single(r => (string?)r["key"] == key);
        edit(record);
        File.WriteAllText(path, records.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}
