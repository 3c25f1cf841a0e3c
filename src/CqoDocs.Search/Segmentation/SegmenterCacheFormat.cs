using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.IO.Hashing;
using System.Text;

namespace CqoDocs.Search.Segmentation;

/// <summary>
/// The file <see cref="SegmenterCache"/> keeps: the arrays of a built dictionary as they lie in memory,
/// including the tables derived from them, so reading is copying (decoding the bundled snapshot's varints
/// costs ~20 ms, copying ~5, and deriving the word weights and direct tables again ~15). Little-endian:
/// <c>"CQOSEG04"</c>, a CRC-64 of the rest (enough to find a damaged or truncated file, and its vector code
/// comes precompiled: ~2 ms for the whole file where XxHash64 took 10-20 in a cold process), the force-split
/// word count (int32) and each word (int32 length, UTF-16), node count (int32), total (int64), the pair
/// table's length and shift (int32 each; length 0 when the dictionary has no direct tables), then the node
/// characters (uint16 each), first children (int32 each, one more than nodes), frequencies (int64 each),
/// weights (float64 each), the root's direct table (int32 × 65,536) and the pair table (uint64 each) when
/// present, then the HMM's value count (int32) and values (<see cref="HmmModel.ToArray"/>, float64 each:
/// copying them beats parsing the bundled tables by ~25 ms). Only the machine that wrote it reads it.
/// </summary>
internal static class SegmenterCacheFormat
{
    private static ReadOnlySpan<byte> Magic => "CQOSEG04"u8;
    private const int HashSize = 8;
    private static int HashEnd => Magic.Length + HashSize;
    private const int RootTableLength = char.MaxValue + 1;

    public static byte[] Write(PrefixDictionary dictionary, IReadOnlySet<string> forceSplit, HmmModel hmm)
    {
        var words = forceSplit.Order(StringComparer.Ordinal).ToList();
        var nodes = dictionary.NodeCount;
        var hmmValues = hmm.ToArray();
        var direct = dictionary.DirectTableArrays;
        var pairs = direct?.Pairs.Length ?? 0;
        var length = HashEnd + 4 + words.Sum(w => 4 + w.Length * 2) + 20 + nodes * 2 + (nodes + 1) * 4 + nodes * 8 + nodes * 8
            + (direct is null ? 0 : RootTableLength * 4 + pairs * 8) + 4 + hmmValues.Length * 8;
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
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(position + 12), pairs);
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(position + 16), direct?.PairShift ?? 0);
        position += 20;
        position += Copy(dictionary.NodeChars, data.AsSpan(position));
        position += Copy(dictionary.FirstChildren, data.AsSpan(position));
        position += Copy(dictionary.Frequencies, data.AsSpan(position));
        position += Copy(dictionary.Weights, data.AsSpan(position));
        if (direct is var (rootChild, pairTable, _))
        {
            position += Copy(rootChild, data.AsSpan(position));
            position += Copy(pairTable, data.AsSpan(position));
        }
        BinaryPrimitives.WriteInt32LittleEndian(data.AsSpan(position), hmmValues.Length);
        Copy(hmmValues, data.AsSpan(position + 4));
        Crc64.Hash(data.AsSpan(HashEnd), data.AsSpan(Magic.Length, HashSize));
        return data;
    }

    /// <summary>The dictionary, force-split words and HMM, or null when the data is not a whole, unaltered file of this format.</summary>
    public static (PrefixDictionary Dictionary, IReadOnlySet<string> ForceSplit, HmmModel Hmm)? Read(byte[] data)
    {
        if (!BitConverter.IsLittleEndian || data.Length < HashEnd + 24 || !data.AsSpan().StartsWith(Magic)) return null;
        var payload = data.AsSpan(HashEnd);
        if (Crc64.HashToUInt64(payload) != BinaryPrimitives.ReadUInt64BigEndian(data.AsSpan(Magic.Length, HashSize))) return null;
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
            var pairs = BinaryPrimitives.ReadInt32LittleEndian(payload[(position + 12)..]);
            var pairShift = BinaryPrimitives.ReadInt32LittleEndian(payload[(position + 16)..]);
            position += 20;
            var direct = pairs > 0;
            if (nodes <= 0 || pairs < 0 || (direct && (pairs & (pairs - 1)) != 0)
                || payload.Length - position < nodes * 22L + 8 + (direct ? RootTableLength * 4L + pairs * 8L : 0))
            {
                return null;
            }
            var nodeChar = new char[nodes];
            var firstChild = new int[nodes + 1];
            var frequency = new long[nodes];
            var weight = new double[nodes];
            Read(data, ref position, nodeChar, nodes * sizeof(char));
            Read(data, ref position, firstChild, (nodes + 1) * sizeof(int));
            Read(data, ref position, frequency, nodes * sizeof(long));
            Read(data, ref position, weight, nodes * sizeof(double));
            (int[], ulong[], int)? tables = null;
            if (direct)
            {
                var rootChild = new int[RootTableLength];
                var pairTable = new ulong[pairs];
                Read(data, ref position, rootChild, RootTableLength * sizeof(int));
                Read(data, ref position, pairTable, pairs * sizeof(ulong));
                tables = (rootChild, pairTable, pairShift);
            }
            var hmmCount = BinaryPrimitives.ReadInt32LittleEndian(payload[position..]);
            position += 4;
            if (hmmCount <= 0 || payload.Length - position != hmmCount * 8L || !WellFormed(firstChild)) return null;
            var hmmValues = new double[hmmCount];
            Read(data, ref position, hmmValues, hmmCount * sizeof(double));
            var hmm = HmmModel.FromArray(hmmValues);
            return hmm is null ? null : (new PrefixDictionary(nodeChar, firstChild, frequency, total, weight, tables), forceSplit, hmm);
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
