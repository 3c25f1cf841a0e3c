using System.Text;
using ZstdSharp;

namespace CqoDocs.Search.Index;

/// <summary>
/// A few consecutive units of one document stored together as one compressed block: a unit's text alone has
/// too little repetition to compress (a fifth off), a document's units share their words and phrasing. A
/// search unpacks a block per hit, so blocks are kept small (<see cref="BlockUnits"/>). The block is the
/// texts' lengths in UTF-8 bytes, then the texts, as UTF-8, compressed with Zstandard, with the index's
/// dictionary when it has one (<see cref="TextDictionary"/>).
/// </summary>
internal static class UnitTexts
{
    /// <summary>Zstandard's level: paid once when the index is built, not when a block is unpacked.</summary>
    public const int Level = 9;

    /// <summary>Units to a block: whole documents' blocks (25 units) made a 50k-unit index 15% smaller but took
    /// a search about 0.5 ms more to unpack its hits (8 units: about 0.3 ms).</summary>
    public const int BlockUnits = 8;

    /// <summary>The block before compression.</summary>
    public static byte[] Plain(IReadOnlyList<string> texts)
    {
        var encoded = texts.Select(Encoding.UTF8.GetBytes).ToList();
        var plain = new List<byte>();
        PostingsCodec.WriteVarint(plain, (ulong)texts.Count);
        foreach (var bytes in encoded) PostingsCodec.WriteVarint(plain, (ulong)bytes.Length);
        foreach (var bytes in encoded) plain.AddRange(bytes);
        return plain.ToArray();
    }

    public static byte[] Pack(IReadOnlyList<string> texts)
    {
        using var compressor = new Compressor(Level);
        return compressor.Wrap(Plain(texts)).ToArray();
    }

    /// <summary>A block unpacked; each text is decoded only when asked for (a search reads one or two units of a document).</summary>
    public sealed class Unpacked
    {
        private readonly byte[] _data;
        private readonly int[] _starts;

        /// <param name="decompressor">Reused across blocks: making one costs about what unpacking a block does.
        /// It holds the dictionary the block was packed with, if any.</param>
        public Unpacked(byte[] block, Decompressor decompressor, long firstUnit = 0)
        {
            FirstUnit = firstUnit;
            _data = decompressor.Unwrap(block).ToArray();
            var at = 0;
            var count = (int)PostingsCodec.ReadVarint(_data, ref at);
            var lengths = new int[count];
            for (var i = 0; i < count; i++) lengths[i] = (int)PostingsCodec.ReadVarint(_data, ref at);
            _starts = new int[count + 1];
            _starts[0] = at;
            for (var i = 0; i < count; i++) _starts[i + 1] = _starts[i] + lengths[i];
        }

        public long FirstUnit { get; }

        public int Count => _starts.Length - 1;

        public string this[int ordinal] => Encoding.UTF8.GetString(_data, _starts[ordinal], _starts[ordinal + 1] - _starts[ordinal]);
    }

    public static string[] Unpack(byte[] block, byte[]? dictionary = null)
    {
        using var decompressor = new Decompressor();
        if (dictionary is not null) decompressor.LoadDictionary(dictionary);
        var unpacked = new Unpacked(block, decompressor);
        return Enumerable.Range(0, unpacked.Count).Select(i => unpacked[i]).ToArray();
    }
}
