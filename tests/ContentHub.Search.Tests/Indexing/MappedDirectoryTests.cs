using ContentHub.Search.Indexing;
using ContentHub.Search.Tests.Infrastructure;
using Lucene.Net.Store;

namespace ContentHub.Search.Tests.Indexing;

/// <summary>
/// The index reads its files through <see cref="MappedDirectory"/>: whatever Lucene's own output
/// writes must read back the same, a read past the end must fail as Lucene expects, and a clone
/// must stay readable after its file was closed and deleted, since clones are no longer tracked.
/// </summary>
public sealed class MappedDirectoryTests : IDisposable
{
    private static readonly int[] Int32s = [0, 1, 127, 128, 16_383, 16_384, 2_097_151, 2_097_152, int.MaxValue, -1, int.MinValue];
    private static readonly long[] Int64s = [0, 1, 127, 128, 1L << 35, (1L << 56) - 1, 1L << 56, long.MaxValue];

    private readonly TempFolder folder = new();
    private readonly MappedDirectory directory;

    public MappedDirectoryTests() => directory = new MappedDirectory(folder.Path);

    [Fact]
    public void What_Lucene_writes_reads_back_the_same()
    {
        using (var output = directory.CreateOutput("numbers", IOContext.DEFAULT))
        {
            output.WriteByte(0xFE);
            output.WriteBytes([1, 2, 3], 3);
            output.WriteInt16(short.MinValue);
            foreach (var value in Int32s)
            {
                output.WriteInt32(value);
                output.WriteVInt32(value);
            }

            foreach (var value in Int64s)
            {
                output.WriteInt64(-value);
                output.WriteVInt64(value);
            }

            output.WriteString("Glasplåtsnegativ");
        }

        using var input = directory.OpenInput("numbers", IOContext.DEFAULT);
        Assert.Equal(0xFE, input.ReadByte());
        var bytes = new byte[3];
        input.ReadBytes(bytes, 0, 3);
        Assert.Equal([1, 2, 3], bytes);
        Assert.Equal(short.MinValue, input.ReadInt16());
        foreach (var value in Int32s)
        {
            Assert.Equal(value, input.ReadInt32());
            Assert.Equal(value, input.ReadVInt32());
        }

        foreach (var value in Int64s)
        {
            Assert.Equal(-value, input.ReadInt64());
            Assert.Equal(value, input.ReadVInt64());
        }

        Assert.Equal("Glasplåtsnegativ", input.ReadString());
        Assert.Equal(input.Length, input.Position);
        Assert.Equal(directory.FileLength("numbers"), input.Length);
    }

    [Fact]
    public void Reading_or_seeking_past_the_end_fails_and_moves_nothing()
    {
        Write("short", [1, 2, 3]);
        using var input = directory.OpenInput("short", IOContext.DEFAULT);

        input.Seek(1);
        Assert.Throws<EndOfStreamException>(() => input.ReadInt32());
        Assert.Throws<EndOfStreamException>(() => input.Seek(4));
        Assert.Equal(1, input.Position);
        input.Seek(3);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    [Fact]
    public void A_number_longer_than_its_format_allows_is_reported_as_corrupt()
    {
        Write("corrupt", [0xFF, 0xFF, 0xFF, 0xFF, 0x7F]);
        using var input = directory.OpenInput("corrupt", IOContext.DEFAULT);

        Assert.Throws<IOException>(() => input.ReadVInt32());
    }

    [Fact]
    public void An_empty_file_opens_and_has_nothing_to_read()
    {
        Write("empty", []);
        using var input = directory.OpenInput("empty", IOContext.DEFAULT);

        Assert.Equal(0, input.Length);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    [Fact]
    public void A_clone_reads_on_after_its_file_is_closed_and_deleted_but_no_new_clone_is_made()
    {
        Write("segment", [10, 20, 30]);
        var input = directory.OpenInput("segment", IOContext.DEFAULT);
        input.Seek(1);
        var clone = (IndexInput)input.Clone();

        input.Dispose();
        directory.DeleteFile("segment");

        Assert.Equal(1, clone.Position);
        Assert.Equal(20, clone.ReadByte());
        Assert.Equal(30, clone.ReadByte());
        Assert.Throws<ObjectDisposedException>(() => input.Clone());
        Assert.Throws<ObjectDisposedException>(() => clone.Clone());
    }

    public void Dispose()
    {
        directory.Dispose();
        folder.Dispose();
    }

    private void Write(string name, byte[] bytes)
    {
        using var output = directory.CreateOutput(name, IOContext.DEFAULT);
        output.WriteBytes(bytes, bytes.Length);
    }
}
