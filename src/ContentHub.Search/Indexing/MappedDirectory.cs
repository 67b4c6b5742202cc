using Lucene.Net.Store;

namespace ContentHub.Search.Indexing;

/// <summary>
/// The index folder, read through memory maps as Lucene's <c>MMapDirectory</c> (what
/// <c>FSDirectory.Open</c> picks on 64-bit systems) reads it, without that class's record of clones.
/// </summary>
/// <remarks>
/// Lucene clones a file's input for every term's postings in every segment, hundreds of times a
/// search. Lucene.NET's mapped input enters each clone into a <c>ConditionalWeakTable</c>, so that
/// closing the file can make its clones fail rather than read unmapped memory. Every entry is a
/// dependent handle, and every collection, gen0 included, scans the young ones twice: at 100k cases
/// that was half of a gen0 pause (single client, 5–9.5 ms a collection against 2.2–3.6 ms with
/// unmapped reads), and every pause stops every request. <see cref="MappedFile"/> makes use after
/// close harmless instead: a file stays mapped for as long as its input or any clone of it can be
/// reached, and is unmapped after that by the view's own finalizer, as Java's Lucene does where it
/// cannot unmap. A merged-away segment's files therefore leave the disk at the next collection
/// rather than at once.
/// </remarks>
internal sealed class MappedDirectory(string folder) : FSDirectory(new DirectoryInfo(folder), lockFactory: null)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        return new MappedInput($"{nameof(MappedInput)}(path=\"{path}\")", new MappedFile(path));
    }
}
