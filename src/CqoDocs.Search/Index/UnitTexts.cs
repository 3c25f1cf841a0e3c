using System.Text;
using ZstdSharp;

namespace CqoDocs.Search.Index;

/// <summary>
/// A document's unit texts stored together as one compressed block: a unit's text alone has too little
/// repetition to compress (a fifth off), a document's units share their words and phrasing (more than half
/// off). The block is the texts' lengths in UTF-8 bytes, then the texts, as UTF-8, compressed with Zstandard:
/// about deflate's size, but unpacked several times faster, which a search pays for each hit's document.
/// </summary>
internal static class UnitTexts
{
    /// <summary>Zstandard's level: higher levels shrink these blocks little more and slow the build.</summary>
    private const int Level = 9;

    public static byte[] Pack(IReadOnlyList<string> texts)
    {
        var encoded = texts.Select(Encoding.UTF8.GetBytes).ToList();
        var plain = new List<byte>();
        PostingsCodec.WriteVarint(plain, (ulong)texts.Count);
        foreach (var bytes in encoded) PostingsCodec.WriteVarint(plain, (ulong)bytes.Length);
        foreach (var bytes in encoded) plain.AddRange(bytes);
        using var compressor = new Compressor(Level);
        return compressor.Wrap(plain.ToArray()).ToArray();
    }

    /// <summary>A block unpacked; each text is decoded only when asked for (a search reads one or two units of a document).</summary>
    public sealed class Unpacked
    {
        private readonly byte[] _data;
        private readonly int[] _starts;

        public Unpacked(byte[] block)
        {
            using var decompressor = new Decompressor();
            _data = decompressor.Unwrap(block).ToArray();
            var at = 0;
            var count = (int)PostingsCodec.ReadVarint(_data, ref at);
            var lengths = new int[count];
            for (var i = 0; i < count; i++) lengths[i] = (int)PostingsCodec.ReadVarint(_data, ref at);
            _starts = new int[count + 1];
            _starts[0] = at;
            for (var i = 0; i < count; i++) _starts[i + 1] = _starts[i] + lengths[i];
        }

        public int Count => _starts.Length - 1;

        public string this[int ordinal] => Encoding.UTF8.GetString(_data, _starts[ordinal], _starts[ordinal + 1] - _starts[ordinal]);
    }

    public static string[] Unpack(byte[] block)
    {
        var unpacked = new Unpacked(block);
        return Enumerable.Range(0, unpacked.Count).Select(i => unpacked[i]).ToArray();
    }
}
