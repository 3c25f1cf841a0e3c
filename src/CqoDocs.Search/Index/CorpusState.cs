using CqoDocs.Core.IO;

namespace CqoDocs.Search.Index;

/// <summary>
/// What was learnt the last time a corpus folder was read, kept in a small file in the data folder: the
/// files' fingerprint (names, sizes, times), the content hash they had, and the files that could not be
/// read. With it, a search on an unchanged folder of thousands of files neither reads every file to hash
/// it nor parses every file to name the bad ones.
/// </summary>
internal sealed record CorpusState(string Fingerprint, string ContentHash, IReadOnlyList<string> Problems)
{
    public static CorpusState? Read(string path)
    {
        try
        {
            if (!File.Exists(path)) return null;
            var lines = File.ReadAllLines(path);
            return lines.Length < 2 ? null : new CorpusState(lines[0], lines[1], lines[2..]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Best effort: without the file, the next search reads the corpus again.</summary>
    public void Write(string path)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            AtomicFile.WriteAllText(path, string.Join('\n', Problems.Prepend(ContentHash).Prepend(Fingerprint)) + "\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
