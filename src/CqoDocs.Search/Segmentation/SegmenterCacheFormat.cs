using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.IO.Hashing;
using System.Text;

namespace CqoDocs.Search.Segmentation;

/// <summary>
/// The file <see cref="SegmenterCache"/> keeps: the arrays of a built dictionary as they lie in memory, so
/// reading is copying (decoding the bundled snapshot's varints costs ~20 ms, copying ~5). Little-endian:
/// <c>"CQOSEG03"</c>, an XxHash64 of the rest (enough to find a damaged or truncated file; its scalar code
/// comes precompiled, where XxHash128's vector code is compiled in every cold process), the force-split word
/// count (int32) and each word (int32 length, UTF-16), node count (int32),
/// total (int64), then the node characters (uint16 each), first children (int32 each, one more than nodes)
/// and frequencies (int64 each), then the HMM's value count (int32) and values (<see cref="HmmModel.ToArray"/>,
/// float64 each: copying them beats parsing the bundled tables by ~25 ms). Only the machine that wrote it
/// reads it.
/// </summary>
internal static class SegmenterCacheFormat
{
    private static ReadOnlySpan<byte> Magic => "CQOSEG03"u8;
    private const int HashSize = 8;
    private static int HashEnd => Magic.Length + HashSize;

    public static byte[] Write(PrefixDictionary dictionary, IReadOnlySet<string> forceSplit, HmmModel hmm)
    {
        var words = forceSplit.Order(StringComparer.Ordinal).ToList();
        var nodes = dictionary.NodeCount;
        var hmmValues = hmm.ToArray();
        var length = HashEnd + 4 + words.Sum(w => 4 + w.Length * 2) + 12 + nodes * 2 + (nodes + 1) * 4 + nodes * 8
            + 4 + hmmValues.Length * 8;
        var data = new byte[length];
        Magic.CopyTo(data);
        var position = HashEnd;
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(position), words.Count);
        position += 4;
        foreach (var word in words)
        {
            BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(position), word.Length);
            position += 4;
            position += Encoding.Unicode.GetBytes(word, data.AsSpan(position));
        }
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(position), nodes);
        BinaryPrimitives.WriteInt64LittleEndian(data.AsSpan(position + 4), dictionary.Total);
        position += 12;
        position += Copy(dictionary.NodeChars, data.AsSpan(position));
        position += Copy(dictionary.FirstChildren, data.AsSpan(position));
        position += Copy(dictionary.Frequencies, data.AsSpan(position));
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(position), hmmValues.Length);
        Copy(hmmValues, data.AsSpan(position + 4));
        XxHash64.Hash(data.AsSpan(HashEnd), data.AsSpan(Magic.Length, HashSize));
        return data;
    }

    /// <summary>The dictionary, force-split words and HMM, or null when the data is not a whole, unaltered file of this format.</summary>
    public static (PrefixDictionary Dictionary, IReadOnlySet<string> ForceSplit, HmmModel Hmm)? Read(byte[] data)
    {
        if (!BitConverter.IsLittleEndian || data.Length < HashEnd + 16 || !data.AsSpan().StartsWith(Magic)) return null;
        var payload = data.AsSpan(HashEnd);
        if (XxHash64.HashToUInt64(payload) != BinaryPrimitives.ReadUInt64BigEndian(data.AsSpan(Magic.Length, HashSize))) return null;
        try
        {
            var count = BinaryPrimitives.ReadInt32LittleEndian(payload);
            var position = 4;
            var forceSplit = new HashSet<string>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var length = BinaryPrimitives.ReadInt32LittleEndian(payload[position..]);
                forceSplit.Add(Encoding.Unicode.GetString(payload.Slice(position + 4, length * 2)));
                position += 4 + length * 2;
            }
            var nodes = BinaryPrimitives.ReadInt32LittleEndian(payload[position..]);
            var total = BinaryPrimitives.ReadInt64LittleEndian(payload[(position + 4)..]);
            position += 12;
            if (nodes <= 0 || payload.Length - position < nodes * 14L + 8) return null;
            var nodeChar = new char[nodes];
            var firstChild = new int[nodes + 1];
            var frequency = new long[nodes];
            Read(data, ref position, nodeChar, nodes * sizeof(char));
            Read(data, ref position, firstChild, (nodes + 1) * sizeof(int));
            Read(data, ref position, frequency, nodes * sizeof(long));
            var hmmCount = BinaryPrimitives.ReadInt32LittleEndian(payload[position..]);
            position += 4;
            if (hmmCount <= 0 || payload.Length - position != hmmCount * 8L || !WellFormed(firstChild)) return null;
            var hmmValues = new double[hmmCount];
            Read(data, ref position, hmmValues, hmmCount * sizeof(double));
            var hmm = HmmModel.FromArray(hmmValues);
            return hmm is null ? null : (new PrefixDictionary(nodeChar, firstChild, frequency, total), forceSplit, hmm);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static int Copy<T>(T[] values, Span<byte> destination) where T : struct
    {
        var bytes = MemoryMarshal.AsBytes(values.AsSpan());
        bytes.CopyTo(destination);
        return bytes.Length;
    }

    /// <summary>Copies the payload's bytes at <paramref name="position"/> into an array of numbers. Not generic on
    /// purpose: the generic span helpers are compiled at run time in every cold process.</summary>
    private static void Read(byte[] data, ref int position, Array values, int bytes)
    {
        Buffer.BlockCopy(data, HashEnd + position, values, 0, bytes);
        position += bytes;
    }

    /// <summary>Children lie after their parent, in order, and inside the arrays: walking the trie cannot go astray.</summary>
    private static bool WellFormed(int[] firstChild)
    {
        var nodes = firstChild.Length - 1;
        if (firstChild[0] != 1 || firstChild[nodes] != nodes) return false;
        for (var node = 0; node < nodes; node++)
        {
            if (firstChild[node + 1] < firstChild[node] || firstChild[node] <= node) return false;
        }
        return true;
    }
}
