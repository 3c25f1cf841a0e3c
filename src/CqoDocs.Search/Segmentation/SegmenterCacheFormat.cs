using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Numerics;
using System.Text;

namespace CqoDocs.Search.Segmentation;

/// <summary>
/// The file <see cref="SegmenterCache"/> keeps: a built dictionary's tables as they lie in memory, including
/// the ones derived from its frequencies, so that a cold search maps the file and reads the tables in place
/// (<see cref="DictionaryMemory.Mapped"/>) instead of decoding, copying and deriving them. Little-endian, each
/// table aligned to its element size: <c>"CQOSEG05"</c>, a CRC-64 of the rest (enough to find a damaged or
/// truncated file; its vector code comes precompiled, ~2 ms for the file), then int32 node count, pair table
/// length (0 when the dictionary has no direct tables), pair shift, HMM value count, force-split word count and
/// their total length in UTF-16 units; int64 total; then the weights, frequencies, pair table and HMM values
/// (<see cref="HmmModel.ToArray"/>; 8 bytes each), the first children (one more than nodes) and the root's
/// direct table (65,536 entries when present; 4 bytes each), the node characters, the force-split words'
/// lengths (4 bytes each) and their characters. Only the machine that wrote it reads it.
/// </summary>
internal static unsafe class SegmenterCacheFormat
{
    private static ReadOnlySpan<byte> Magic => "CQOSEG05"u8;
    private const int HashSize = 8;
    private static int HashEnd => Magic.Length + HashSize;
    private const int HeaderLength = 48;

    public static byte[] Write(PrefixDictionary dictionary, IReadOnlySet<string> forceSplit, HmmModel hmm)
    {
        var words = forceSplit.Order(StringComparer.Ordinal).ToList();
        var nodes = dictionary.NodeCount;
        var hmmValues = hmm.ToArray();
        var pairs = dictionary.Pairs;
        var chars = words.Sum(w => w.Length);
        var layout = new Layout(nodes, pairs.Length, dictionary.HasDirectTables, hmmValues.Length, words.Count, chars);
        var data = new byte[layout.Length];
        Magic.CopyTo(data);
        var header = data.AsSpan(HashEnd);
        BinaryPrimitives.WriteInt32LittleEndian(header, nodes);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], pairs.Length);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], dictionary.PairShift);
        BinaryPrimitives.WriteInt32LittleEndian(header[12..], hmmValues.Length);
        BinaryPrimitives.WriteInt32LittleEndian(header[16..], words.Count);
        BinaryPrimitives.WriteInt32LittleEndian(header[20..], chars);
        BinaryPrimitives.WriteInt64LittleEndian(header[24..], dictionary.Total);
        Put(dictionary.Weights, data, layout.Weights);
        Put(dictionary.Frequencies, data, layout.Frequencies);
        Put(pairs, data, layout.Pairs);
        Put<double>(hmmValues, data, layout.Hmm);
        Put(dictionary.FirstChildren, data, layout.FirstChildren);
        Put(dictionary.RootChildren, data, layout.RootChildren);
        Put(dictionary.NodeChars, data, layout.NodeChars);
        Put<int>(words.Select(w => w.Length).ToArray(), data, layout.WordLengths);
        Put<char>(string.Concat(words), data, layout.WordChars);
        Crc64.Hash(data.AsSpan(HashEnd), data.AsSpan(Magic.Length, HashSize));
        return data;
    }

    /// <summary>The dictionary, force-split words and HMM, or null when the file is not a whole, unaltered file of this format.</summary>
    public static (PrefixDictionary Dictionary, IReadOnlySet<string> ForceSplit, HmmModel Hmm)? ReadFile(string path)
    {
        var mapped = DictionaryMemory.Mapped.Open(path);
        if (mapped is null) return null;
        var read = Read(mapped, mapped.Start, mapped.Length);
        if (read is null) mapped.Dispose();
        return read;
    }

    /// <summary>As <see cref="ReadFile"/>, from the bytes <see cref="Write"/> gave (pinned while the dictionary lives).</summary>
    public static (PrefixDictionary Dictionary, IReadOnlySet<string> ForceSplit, HmmModel Hmm)? Read(byte[] data)
    {
        if (data.Length == 0) return null;
        var pinned = new DictionaryMemory.Pinned(data);
        return Read(pinned, pinned.Address(data), data.Length);
    }

    private static (PrefixDictionary, IReadOnlySet<string>, HmmModel)? Read(DictionaryMemory memory, byte* start, long length)
    {
        if (!BitConverter.IsLittleEndian || length < HeaderLength) return null;
        var header = new ReadOnlySpan<byte>(start, HeaderLength);
        if (!header.StartsWith(Magic)) return null;
        var fields = header[HashEnd..];
        var nodes = BinaryPrimitives.ReadInt32LittleEndian(fields);
        var pairCount = BinaryPrimitives.ReadInt32LittleEndian(fields[4..]);
        var pairShift = BinaryPrimitives.ReadInt32LittleEndian(fields[8..]);
        var hmmCount = BinaryPrimitives.ReadInt32LittleEndian(fields[12..]);
        var wordCount = BinaryPrimitives.ReadInt32LittleEndian(fields[16..]);
        var chars = BinaryPrimitives.ReadInt32LittleEndian(fields[20..]);
        var total = BinaryPrimitives.ReadInt64LittleEndian(fields[24..]);
        var direct = pairCount > 0;
        if (nodes <= 0 || pairCount < 0 || hmmCount <= 0 || wordCount < 0 || chars < 0 || total <= 0) return null;
        var layout = new Layout(nodes, pairCount, direct, hmmCount, wordCount, chars);
        if (layout.Length != length) return null;
        var expected = BinaryPrimitives.ReadUInt64BigEndian(header[Magic.Length..]);
        if (Crc64.HashToUInt64(new ReadOnlySpan<byte>(start + HashEnd, checked((int)(length - HashEnd)))) != expected) return null;

        var tables = new PrefixDictionary.Tables((char*)(start + layout.NodeChars), (int*)(start + layout.FirstChildren),
            (long*)(start + layout.Frequencies), (double*)(start + layout.Weights), nodes,
            direct ? (int*)(start + layout.RootChildren) : null, direct ? (ulong*)(start + layout.Pairs) : null, pairCount, pairShift);
        if (!WellFormed(tables)) return null;
        var hmm = HmmModel.FromArray(new ReadOnlySpan<double>(start + layout.Hmm, hmmCount));
        if (hmm is null) return null;
        var lengths = new ReadOnlySpan<int>(start + layout.WordLengths, wordCount);
        var text = new string((char*)(start + layout.WordChars), 0, chars);
        var forceSplit = new HashSet<string>(wordCount, StringComparer.Ordinal);
        var at = 0;
        foreach (var wordLength in lengths)
        {
            if (wordLength < 0 || wordLength > chars - at) return null;
            forceSplit.Add(text.Substring(at, wordLength));
            at += wordLength;
        }
        return (new PrefixDictionary(memory, tables, total), forceSplit, hmm);
    }

    /// <summary>
    /// Every table a walk follows stays inside the tables: children lie after their parent, in order, and inside
    /// the node table; the direct tables name nodes that exist, and the pair table's size fits its shift.
    /// </summary>
    private static bool WellFormed(PrefixDictionary.Tables tables)
    {
        var nodes = tables.NodeCount;
        var firstChild = new ReadOnlySpan<int>(tables.FirstChild, nodes + 1);
        if (firstChild[0] != 1 || firstChild[nodes] != nodes) return false;
        for (var node = 0; node < nodes; node++)
        {
            if (firstChild[node + 1] < firstChild[node] || firstChild[node] <= node) return false;
        }
        if (tables.RootChild == null) return tables.PairCount == 0;
        foreach (var child in new ReadOnlySpan<int>(tables.RootChild, PrefixDictionary.RootTableLength))
        {
            if ((uint)child >= (uint)nodes) return false;
        }
        if ((tables.PairCount & (tables.PairCount - 1)) != 0 || tables.PairShift != 32 - BitOperations.Log2((uint)tables.PairCount)) return false;
        foreach (var entry in new ReadOnlySpan<ulong>(tables.Pairs, tables.PairCount))
        {
            if ((uint)entry >= (uint)nodes) return false;
        }
        return true;
    }

    private static void Put<T>(ReadOnlySpan<T> values, byte[] data, long offset) where T : unmanaged =>
        MemoryMarshal.AsBytes(values).CopyTo(data.AsSpan(checked((int)offset)));

    /// <summary>Where each table lies, from the counts in the header; 8-byte tables first, so that each is aligned.</summary>
    internal readonly struct Layout
    {
        public Layout(int nodes, int pairs, bool direct, int hmm, int words, int chars)
        {
            Weights = HeaderLength;
            Frequencies = Weights + 8L * nodes;
            Pairs = Frequencies + 8L * nodes;
            Hmm = Pairs + 8L * pairs;
            FirstChildren = Hmm + 8L * hmm;
            RootChildren = FirstChildren + 4L * (nodes + 1);
            NodeChars = RootChildren + (direct ? 4L * PrefixDictionary.RootTableLength : 0);
            WordLengths = NodeChars + 2L * nodes;
            WordLengths += WordLengths % 4 == 0 ? 0 : 2;
            WordChars = WordLengths + 4L * words;
            Length = WordChars + 2L * chars;
        }

        public long Weights { get; }
        public long Frequencies { get; }
        public long Pairs { get; }
        public long Hmm { get; }
        public long FirstChildren { get; }
        public long RootChildren { get; }
        public long NodeChars { get; }
        public long WordLengths { get; }
        public long WordChars { get; }
        public long Length { get; }
    }
}
