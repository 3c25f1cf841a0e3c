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
    public static (PrefixDictionary Dictionary, IReadOnlySet<string> ForceSplit, HmmModel Hmm)? Read(byte[] data) =>
        Read(new MemoryStream(data, writable: false));

    /// <summary>
    /// As <see cref="Read(byte[])"/>, from a stream: each array is read straight into its place (a file read whole
    /// first was a second copy, and twice the fresh memory to fault in), and checked as it goes.
    /// </summary>
    public static (PrefixDictionary Dictionary, IReadOnlySet<string> ForceSplit, HmmModel Hmm)? Read(Stream input)
    {
        if (!BitConverter.IsLittleEndian) return null;
        try
        {
            Span<byte> head = stackalloc byte[HashEnd];
            input.ReadExactly(head);
            if (!head.StartsWith(Magic)) return null;
            var expected = BinaryPrimitives.ReadUInt64BigEndian(head[Magic.Length..]);
            var payload = new Payload(input);
            var count = payload.Int32();
            if (count < 0 || !payload.Holds(count * 4L)) return null;
            var forceSplit = new HashSet<string>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var length = payload.Int32();
                if (length < 0 || !payload.Holds(length * 2L)) return null;
                forceSplit.Add(Encoding.Unicode.GetString(payload.Array<byte>(length * 2)));
            }
            var nodes = payload.Int32();
            var total = payload.Int64();
            var pairs = payload.Int32();
            var pairShift = payload.Int32();
            var direct = pairs > 0;
            if (nodes <= 0 || pairs < 0 || (direct && (pairs & (pairs - 1)) != 0)
                || !payload.Holds(nodes * 22L + 8 + (direct ? RootTableLength * 4L + pairs * 8L : 0)))
            {
                return null;
            }
            var nodeChar = payload.Array<char>(nodes);
            var firstChild = payload.Array<int>(nodes + 1);
            var frequency = payload.Array<long>(nodes);
            var weight = payload.Array<double>(nodes);
            (int[], ulong[], int)? tables = direct ? (payload.Array<int>(RootTableLength), payload.Array<ulong>(pairs), pairShift) : null;
            var hmmCount = payload.Int32();
            if (hmmCount <= 0 || !payload.Holds(hmmCount * 8L)) return null;
            var hmmValues = payload.Array<double>(hmmCount);
            if (!payload.AtEnd() || payload.Checksum != expected || !WellFormed(firstChild)) return null;
            var hmm = HmmModel.FromArray(hmmValues);
            return hmm is null ? null : (new PrefixDictionary(nodeChar, firstChild, frequency, total, weight, tables), forceSplit, hmm);
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The bytes after the checksum, read in order and added to their CRC as they are read.</summary>
    private sealed class Payload(Stream input)
    {
        private readonly Crc64 _crc = new();
        private readonly byte[] _number = new byte[8];

        public ulong Checksum => _crc.GetCurrentHashAsUInt64();

        /// <summary>Whether that many bytes are left: a damaged count must not allocate gigabytes.</summary>
        public bool Holds(long bytes) => !input.CanSeek || input.Length - input.Position >= bytes;

        public bool AtEnd() => input.Read(_number, 0, 1) == 0;

        public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Fill(_number.AsSpan(0, 4)));

        public long Int64() => BinaryPrimitives.ReadInt64LittleEndian(Fill(_number.AsSpan(0, 8)));

        public T[] Array<T>(int count) where T : unmanaged
        {
            var values = GC.AllocateUninitializedArray<T>(count);
            Fill(MemoryMarshal.AsBytes(values.AsSpan()));
            return values;
        }

        private Span<byte> Fill(Span<byte> bytes)
        {
            input.ReadExactly(bytes);
            _crc.Append(bytes);
            return bytes;
        }
    }

    private static int Copy<T>(T[] values, Span<byte> destination) where T : struct
    {
        var bytes = MemoryMarshal.AsBytes(values.AsSpan());
        bytes.CopyTo(destination);
        return bytes.Length;
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
