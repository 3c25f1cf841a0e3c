using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CqoDocs.Search.Segmentation;

/// <summary>
/// A <see cref="PrefixDictionary"/> stored as its own arrays, so loading it is decoding rather than
/// parsing and building: the bundled jieba dictionary is shipped this way (Resources/jieba/dict.trie, made
/// from Resources/jieba/dict.sorted.txt and checked against it by a test). Little-endian layout:
/// <c>"CQOTRIE1"</c>, node count (int32), total (int64), then per node in breadth-first order its character
/// (uint16), its child count (LEB128) and its frequency (LEB128).
/// </summary>
internal static class PrefixDictionarySnapshot
{
    private static ReadOnlySpan<byte> Magic => "CQOTRIE1"u8;

    public static byte[] Write(PrefixDictionary dictionary)
    {
        var nodeCount = dictionary.NodeCount;
        var firstChild = dictionary.FirstChildren;
        var frequency = dictionary.Frequencies;
        using var output = new MemoryStream(nodeCount * 6);
        output.Write(Magic);
        Span<byte> header = stackalloc byte[12];
        BinaryPrimitives.WriteInt32LittleEndian(header, nodeCount);
        BinaryPrimitives.WriteInt64LittleEndian(header[4..], dictionary.Total);
        output.Write(header);
        Span<byte> unit = stackalloc byte[2];
        foreach (var c in dictionary.NodeChars)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(unit, c);
            output.Write(unit);
        }
        for (var node = 0; node < nodeCount; node++) WriteVarint(output, (ulong)(firstChild[node + 1] - firstChild[node]));
        for (var node = 0; node < nodeCount; node++) WriteVarint(output, (ulong)frequency[node]);
        return output.ToArray();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PrefixDictionary Read(ReadOnlySpan<byte> data)
    {
        if (data.Length < Magic.Length + 12 || !data.StartsWith(Magic)) throw Corrupt();
        var nodeCount = BinaryPrimitives.ReadInt32LittleEndian(data[Magic.Length..]);
        var total = BinaryPrimitives.ReadInt64LittleEndian(data[(Magic.Length + 4)..]);
        var position = Magic.Length + 12;
        if (nodeCount <= 0 || total <= 0 || data.Length - position < nodeCount * 2L) throw Corrupt();

        var nodeChar = GC.AllocateUninitializedArray<char>(nodeCount);
        var chars = data.Slice(position, nodeCount * 2);
        if (BitConverter.IsLittleEndian) MemoryMarshal.Cast<byte, char>(chars).CopyTo(nodeChar);
        else for (var i = 0; i < nodeCount; i++) nodeChar[i] = (char)BinaryPrimitives.ReadUInt16LittleEndian(chars[(i * 2)..]);
        position += nodeCount * 2;

        var firstChild = GC.AllocateUninitializedArray<int>(nodeCount + 1);
        var next = 1;
        for (var node = 0; node < nodeCount; node++)
        {
            firstChild[node] = next;
            next += checked((int)ReadVarint(data, ref position));
        }
        if (next != nodeCount) throw Corrupt();
        firstChild[nodeCount] = nodeCount;

        var frequency = GC.AllocateUninitializedArray<long>(nodeCount);
        for (var node = 0; node < nodeCount; node++) frequency[node] = checked((long)ReadVarint(data, ref position));
        if (position != data.Length) throw Corrupt();
        return new PrefixDictionary(nodeChar, firstChild, frequency, total);
    }

    private static void WriteVarint(Stream output, ulong value)
    {
        while (value >= 0x80)
        {
            output.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }
        output.WriteByte((byte)value);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ReadVarint(ReadOnlySpan<byte> data, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if ((uint)position >= (uint)data.Length) throw Corrupt();
            var b = data[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
        throw Corrupt();
    }

    private static InvalidDataException Corrupt() => new("the bundled dictionary snapshot is corrupt; rebuild it (see Resources/README.md)");
}
