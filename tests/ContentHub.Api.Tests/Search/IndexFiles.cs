using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ContentHub.Api.Tests.Search;

/// <summary>Damages or replaces a stopped server's index folder the way a crash, a bad disk or an old release would.</summary>
internal static class IndexFiles
{
    /// <summary>Overwrites every segments file (the index's table of contents) with bytes Lucene cannot read.</summary>
    public static void CorruptSegmentsFiles(string indexFolder)
    {
        var segments = System.IO.Directory.GetFiles(indexFolder, "segments*");
        Assert.NotEmpty(segments);
        foreach (var file in segments)
        {
            File.WriteAllBytes(file, "this is not a Lucene segments file"u8.ToArray());
        }
    }

    /// <summary>Leaves a valid but empty index whose commit records no schema version, as one written by another release.</summary>
    public static void EmptyWithoutSchemaVersion(string indexFolder)
    {
        using var directory = FSDirectory.Open(indexFolder);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer()));
        writer.DeleteAll();
        writer.SetCommitData(new Dictionary<string, string>());
        writer.Commit();
    }

    public static void Replace(string indexFolder, string withCopyIn)
    {
        System.IO.Directory.Delete(indexFolder, recursive: true);
        Copy(withCopyIn, indexFolder);
    }

    public static void Copy(string from, string to)
    {
        System.IO.Directory.CreateDirectory(to);
        foreach (var file in System.IO.Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
