using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace CqoDocs.Search.Segmentation;

/// <summary>
/// A built segmenter kept in a file between processes, so that a cold start reads it instead of reading
/// jieba's dictionary and merging the user words into it again (most of a cold search's start-up). Only for
/// builders that start from the bundled dictionary and HMM (the HMM is not stored). The file is named after
/// the key, which the caller changes whenever the words could (the analyzer passes its version), and holds
/// a SHA-256 of its content: a file that is missing, truncated or altered is rebuilt and replaced. Layout:
/// <c>"CQOSEG01"</c>, the hash, the force-split word count (int32) and each word (int32 length, UTF-16LE),
/// then the dictionary as a <see cref="PrefixDictionarySnapshot"/>.
/// </summary>
internal static class SegmenterCache
{
    private const string Prefix = "segmenter-";
    private const string Extension = ".bin";
    private static ReadOnlySpan<byte> Magic => "CQOSEG01"u8;

    public static Segmenter LoadOrBuild(string folder, string key, Func<SegmenterBuilder> builder)
    {
        var path = Path.Combine(folder, FileName(key));
        if (TryRead(path) is { } cached) return Create(cached.Dictionary, cached.ForceSplit);

        var (dictionary, forceSplit) = builder().Freeze();
        TryWrite(folder, path, dictionary, forceSplit);
        return Create(dictionary, forceSplit);
    }

    internal static string FileName(string key) =>
        Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16] + Extension;

    private static Segmenter Create(PrefixDictionary dictionary, IReadOnlySet<string> forceSplit) =>
        new(dictionary, new HmmSegmenter(JiebaLexicon.Hmm, forceSplit));

    private static (PrefixDictionary Dictionary, IReadOnlySet<string> ForceSplit)? TryRead(string path)
    {
        byte[] data;
        try
        {
            data = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        var hashEnd = Magic.Length + SHA256.HashSizeInBytes;
        if (data.Length < hashEnd + 4 || !data.AsSpan().StartsWith(Magic)) return null;
        var payload = data.AsSpan(hashEnd);
        if (!SHA256.HashData(payload).AsSpan().SequenceEqual(data.AsSpan(Magic.Length, SHA256.HashSizeInBytes))) return null;
        try
        {
            var count = BinaryPrimitives.ReadInt32LittleEndian(payload);
            var position = 4;
            var forceSplit = new HashSet<string>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var length = BinaryPrimitives.ReadInt32LittleEndian(payload[position..]);
                position += 4;
                forceSplit.Add(Encoding.Unicode.GetString(payload.Slice(position, length * 2)));
                position += length * 2;
            }
            return (PrefixDictionarySnapshot.Read(payload[position..]), forceSplit);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidDataException or OverflowException)
        {
            // The hash matched but the content is not ours (written by another format): rebuild.
            return null;
        }
    }

    /// <summary>Best effort: a folder that cannot be written only means the next start builds again.</summary>
    private static void TryWrite(string folder, string path, PrefixDictionary dictionary, IReadOnlySet<string> forceSplit)
    {
        using var payload = new MemoryStream();
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(number, forceSplit.Count);
        payload.Write(number);
        foreach (var word in forceSplit.Order(StringComparer.Ordinal))
        {
            BinaryPrimitives.WriteInt32LittleEndian(number, word.Length);
            payload.Write(number);
            payload.Write(Encoding.Unicode.GetBytes(word));
        }
        payload.Write(PrefixDictionarySnapshot.Write(dictionary));

        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            Directory.CreateDirectory(folder);
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                file.Write(Magic);
                file.Write(SHA256.HashData(payload.GetBuffer().AsSpan(0, (int)payload.Length)));
                file.Write(payload.GetBuffer().AsSpan(0, (int)payload.Length));
            }
            File.Move(temporary, path, overwrite: true);
            RemoveStale(folder, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            DeleteQuietly(temporary);
        }
    }

    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind; a later write uses another temporary name.
        }
    }

    /// <summary>Files this cache wrote for earlier keys (an older version of the tool) are never read again.</summary>
    private static void RemoveStale(string folder, string current)
    {
        foreach (var stale in Directory.EnumerateFiles(folder, Prefix + "*" + Extension))
        {
            if (!string.Equals(stale, current, StringComparison.Ordinal)) DeleteQuietly(stale);
        }
    }
}
