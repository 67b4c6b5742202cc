using System.IO.MemoryMappedFiles;

namespace ContentHub.Search.Indexing;

/// <summary>
/// One index file mapped into memory, shared by its input and all of that input's clones. It is
/// never unmapped explicitly: the view's safe handle unmaps it when it is finalized, which cannot
/// happen while an input that reads from <see cref="Start"/> is reachable.
/// </summary>
internal sealed unsafe class MappedFile
{
    // Held only to keep the mapping (and the handle that unmaps it) alive as long as this object.
    private readonly MemoryMappedFile? map;
    private readonly MemoryMappedViewAccessor? view;

    public MappedFile(string path)
    {
        // Sharing deletion, so that Lucene can delete a merged-away file that a clone still maps.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        Length = stream.Length;
        if (Length == 0)
        {
            return; // nothing to map (and mapping an empty file is an error)
        }

        map = MemoryMappedFile.CreateFromFile(stream, mapName: null, capacity: 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        view = map.CreateViewAccessor(0, Length, MemoryMappedFileAccess.Read);
        Start = (byte*)view.SafeMemoryMappedViewHandle.DangerousGetHandle() + view.PointerOffset;
    }

    public byte* Start { get; }

    public long Length { get; }

    /// <summary>Set when the input that opened the file is closed: its clones may read on, but no new clone is made.</summary>
    public bool Closed { get; set; }
}
