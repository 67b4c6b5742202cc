using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContentHub.Data.Seeding;

/// <summary>Reads the seed JSON files, remembering which file each record came from for error messages.</summary>
internal sealed class SeedFolder(string root)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper, allowIntegerValues: false) },
    };

    public List<string> Problems { get; } = [];

    public T? ReadOne<T>(string relativePath) where T : class
    {
        var path = Path.Combine(root, relativePath);
        if (!File.Exists(path))
        {
            Problems.Add($"{relativePath}: file is missing");
            return null;
        }

        return Deserialize<T>(relativePath, path);
    }

    /// <summary>All records of a file, or of every *.json file in a folder, tagged with their file.</summary>
    public List<(string File, T Record)> ReadMany<T>(string relativePath)
    {
        var path = Path.Combine(root, relativePath);
        var files = Directory.Exists(path)
            ? Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal).ToArray()
            : File.Exists(path) ? [path] : [];
        if (files.Length == 0)
        {
            Problems.Add($"{relativePath}: no seed file found");
        }

        return files
            .SelectMany(file =>
            {
                var name = Path.GetRelativePath(root, file);
                return (Deserialize<List<T>>(name, file) ?? []).Select(record => (name, record));
            })
            .ToList();
    }

    private T? Deserialize<T>(string name, string path) where T : class
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<T>(stream, Json);
        }
        catch (JsonException error)
        {
            Problems.Add($"{name}: {error.Message}");
            return null;
        }
    }
}
