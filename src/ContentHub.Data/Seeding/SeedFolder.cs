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

    /// <summary>
    /// Files that are missing or cannot be read. Every record referring into such a file fails too, and
    /// those hundreds of follow-on problems would bury the cause, so these are reported alone.
    /// </summary>
    public List<string> ReadProblems { get; } = [];

    public T? ReadOne<T>(string relativePath) where T : class
    {
        var path = Path.Combine(root, relativePath);
        if (!File.Exists(path))
        {
            ReadProblems.Add($"{relativePath}: file is missing");
            return null;
        }

        return Deserialize<T>(relativePath, path);
    }

    /// <summary>All records of a file, or of every *.json file in a folder, tagged with their file.</summary>
    public List<(string File, T Record)> ReadMany<T>(string relativePath) where T : class
    {
        var path = Path.Combine(root, relativePath);
        var files = Directory.Exists(path)
            ? Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal).ToArray()
            : File.Exists(path) ? [path] : [];
        if (files.Length == 0)
        {
            ReadProblems.Add($"{relativePath}: no seed file found");
        }

        return files
            .SelectMany(file =>
            {
                // The same name on every OS, as the README documents it: cases/cases-a.json.
                var name = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
                var records = Deserialize<List<T?>>(name, file) ?? [];
                if (records.IndexOf(null) is var index and >= 0)
                {
                    ReadProblems.Add($"{name}: $[{index}]: record is null");
                }

                return records.OfType<T>().Select(record => (name, record));
            })
            .ToList();
    }

    private T? Deserialize<T>(string name, string path) where T : class
    {
        try
        {
            using var stream = File.OpenRead(path);
            var result = JsonSerializer.Deserialize<T>(stream, Json);
            if (result is null)
            {
                ReadProblems.Add($"{name}: file holds null");
            }

            return result;
        }
        catch (JsonException error)
        {
            ReadProblems.Add($"{name}: {Describe(error)}");
            return null;
        }
    }

    /// <summary>
    /// Where in the file, then what. Some messages (unknown or missing property) leave out the place,
    /// others end with a zero-based "LineNumber"; this states it once, one-based, for every error.
    /// </summary>
    private static string Describe(JsonException error)
    {
        var message = error.Message;
        var placeStart = message.IndexOf(" Path: ", StringComparison.Ordinal);
        var what = placeStart < 0 ? message : message[..placeStart];
        return error.LineNumber is { } line ? $"line {line + 1}, {error.Path}: {what}" : what;
    }
}
