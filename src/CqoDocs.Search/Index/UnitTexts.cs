using System.IO.Compression;
using System.Text;

namespace CqoDocs.Search.Index;

/// <summary>
/// A document's unit texts stored together as one compressed block: a unit's text alone has too little
/// repetition to compress (a fifth off), a document's units share their words and phrasing (more than half
/// off). The block is the texts' lengths in characters, then the texts, as UTF-8, deflated.
/// </summary>
internal static class UnitTexts
{
    public static byte[] Pack(IReadOnlyList<string> texts)
    {
        var plain = new List<byte>();
        PostingsCodec.WriteVarint(plain, (ulong)texts.Count);
        foreach (var text in texts) PostingsCodec.WriteVarint(plain, (ulong)text.Length);
        plain.AddRange(Encoding.UTF8.GetBytes(string.Concat(texts)));
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(plain.ToArray());
        }
        return output.ToArray();
    }

    public static string[] Unpack(byte[] block)
    {
        using var input = new DeflateStream(new MemoryStream(block), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        input.CopyTo(plain);
        var data = plain.GetBuffer().AsSpan(0, (int)plain.Length);
        var at = 0;
        var lengths = new int[(int)PostingsCodec.ReadVarint(data, ref at)];
        for (var i = 0; i < lengths.Length; i++) lengths[i] = (int)PostingsCodec.ReadVarint(data, ref at);
        var all = Encoding.UTF8.GetString(data[at..]);
        var texts = new string[lengths.Length];
        var start = 0;
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = all.Substring(start, lengths[i]);
            start += lengths[i];
        }
        return texts;
    }
}
