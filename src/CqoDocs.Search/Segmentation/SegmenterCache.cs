using System.IO.Hashing;
using System.Text;

namespace CqoDocs.Search.Segmentation;

/// <summary>
/// A built segmenter kept in a file between processes, so that a cold start reads it instead of reading
/// jieba's dictionary and merging the user words into it again (most of a cold search's start-up). Only for
/// builders that start from the bundled dictionary and HMM (the HMM is stored too). The file is named after
/// the key, which the caller changes whenever the words could (the analyzer passes its version), and holds
/// a hash of its content (<see cref="SegmenterCacheFormat"/>): a file that is missing, truncated or
/// altered is rebuilt and replaced.
/// </summary>
internal static class SegmenterCache
{
    private const string Prefix = "segmenter-";
    private const string Extension = ".bin";

    public static Segmenter LoadOrBuild(string folder, string key, Func<SegmenterBuilder> builder)
    {
        var path = Path.Combine(folder, FileName(key));
        if (TryRead(path) is { } cached) return new Segmenter(cached.Dictionary, new HmmSegmenter(cached.Hmm, cached.ForceSplit));

        var (dictionary, forceSplit) = builder().Freeze();
        TryWrite(folder, path, dictionary, forceSplit);
        return new Segmenter(dictionary, new HmmSegmenter(JiebaLexicon.Hmm, forceSplit));
    }

    /// <summary>Named after a hash of the key; not a cryptographic one, whose start-up a cold search would pay.</summary>
    internal static string FileName(string key) =>
        Prefix + Convert.ToHexStringLower(XxHash64.Hash(Encoding.UTF8.GetBytes(key))) + Extension;

    private static (PrefixDictionary Dictionary, IReadOnlySet<string> ForceSplit, HmmModel Hmm)? TryRead(string path)
    {
        try
        {
            return SegmenterCacheFormat.ReadFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Best effort: a folder that cannot be written only means the next start builds again.</summary>
    private static void TryWrite(string folder, string path, PrefixDictionary dictionary, IReadOnlySet<string> forceSplit)
    {
        var data = SegmenterCacheFormat.Write(dictionary, forceSplit, JiebaLexicon.Hmm.Value);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            Directory.CreateDirectory(folder);
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write)) file.Write(data);
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
