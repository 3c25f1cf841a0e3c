using System.IO.Compression;

namespace CqoDocs.Search.Segmentation;

/// <summary>
/// The lexicon data embedded in this assembly (see Resources/Lexicon.targets and Resources/README.md): one
/// zip holding jieba's dictionary and HMM tables, the domain lexicon and their licences.
/// </summary>
internal static class LexiconResources
{
    /// <summary>jieba's dictionary as a ready-built trie (<see cref="PrefixDictionarySnapshot"/>).</summary>
    public const string JiebaTrie = "jieba/dict.trie";
    public const string HmmStart = "jieba/hmm_start.tsv";
    public const string HmmTransition = "jieba/hmm_trans.tsv";
    public const string HmmEmission = "jieba/hmm_emit.tsv";
    public const string DomainLexicon = "domain-lexicon.txt";

    private const string ResourceName = "CqoDocs.Search.Lexicon.zip";

    /// <summary>The whole content of one file of the lexicon archive.</summary>
    public static byte[] ReadAllBytes(string entryName)
    {
        using var archive = OpenArchive();
        var entry = archive.GetEntry(entryName)
            ?? throw new InvalidOperationException($"lexicon resource {entryName} is missing from the assembly");
        var bytes = new byte[entry.Length];
        using var stream = entry.Open();
        stream.ReadExactly(bytes);
        return bytes;
    }

    public static string ReadAllText(string entryName) => System.Text.Encoding.UTF8.GetString(ReadAllBytes(entryName));

    public static IReadOnlyList<string> EntryNames()
    {
        using var archive = OpenArchive();
        return archive.Entries.Select(e => e.FullName).ToArray();
    }

    private static ZipArchive OpenArchive()
    {
        var stream = typeof(LexiconResources).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing; was Resources/Lexicon.targets imported?");
        return new ZipArchive(stream, ZipArchiveMode.Read);
    }
}
