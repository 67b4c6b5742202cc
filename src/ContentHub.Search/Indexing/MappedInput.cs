using System.Buffers.Binary;
using Lucene.Net.Store;

namespace ContentHub.Search.Indexing;

/// <summary>
/// Reads a <see cref="MappedFile"/> straight from memory, in Lucene 4's byte order (big-endian).
/// Every read advances the position only after it has read, so the input (and with it the
/// mapping) stays reachable until the bytes are copied.
/// </summary>
internal sealed unsafe class MappedInput(string description, MappedFile file) : IndexInput(description)
{
    private long position;
    private bool isClone;

    public override long Length => file.Length;

    public override long Position => position;

    public override void Seek(long pos)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pos);
        if (pos > file.Length)
        {
            throw new EndOfStreamException($"Seek to {pos} past the end ({file.Length}) of {this}");
        }

        position = pos;
    }

    public override byte ReadByte()
    {
        if (position >= file.Length)
        {
            throw PastTheEnd(1);
        }

        var value = file.Start[position];
        position++;
        return value;
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        At(len).CopyTo(b.AsSpan(offset, len));
        position += len;
    }

    public override short ReadInt16()
    {
        var value = BinaryPrimitives.ReadInt16BigEndian(At(sizeof(short)));
        position += sizeof(short);
        return value;
    }

    public override int ReadInt32()
    {
        var value = BinaryPrimitives.ReadInt32BigEndian(At(sizeof(int)));
        position += sizeof(int);
        return value;
    }

    public override long ReadInt64()
    {
        var value = BinaryPrimitives.ReadInt64BigEndian(At(sizeof(long)));
        position += sizeof(long);
        return value;
    }

    /// <summary>Seven bits a byte, lowest first, the high bit set while more follow; the fifth byte holds the last four bits.</summary>
    public override int ReadVInt32()
    {
        var value = 0;
        for (var shift = 0; shift < 28; shift += 7)
        {
            var b = ReadByte();
            value |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        var last = ReadByte();
        return (last & 0xF0) == 0 ? value | (last << 28) : throw new IOException($"Invalid VInt32 (too many bits) in {this}");
    }

    /// <summary>As <see cref="ReadVInt32"/>, in at most nine bytes: negative numbers are not written this way.</summary>
    public override long ReadVInt64()
    {
        var value = 0L;
        for (var shift = 0; shift < 63; shift += 7)
        {
            var b = ReadByte();
            value |= (long)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new IOException($"Invalid VInt64 (negative) in {this}");
    }

    public override void SkipBytes(long numBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numBytes);
        Seek(position + numBytes);
    }

    public override object Clone()
    {
        if (file.Closed)
        {
            throw new ObjectDisposedException(ToString(), "The file was closed, so it is no longer cloned.");
        }

        var clone = (MappedInput)base.Clone(); // a copy of this input, at the same position
        clone.isClone = true;
        return clone;
    }

    protected override void Dispose(bool disposing)
    {
        // Clones are never closed by Lucene; the file itself is unmapped once nothing can read it.
        if (!isClone)
        {
            file.Closed = true;
        }
    }

    private ReadOnlySpan<byte> At(int count) =>
        count <= file.Length - position ? new ReadOnlySpan<byte>(file.Start + position, count) : throw PastTheEnd(count);

    private EndOfStreamException PastTheEnd(int count) => new($"Read of {count} bytes at {position} past the end ({file.Length}) of {this}");
}
