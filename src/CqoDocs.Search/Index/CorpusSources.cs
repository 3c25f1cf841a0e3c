using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;

namespace CqoDocs.Search.Index;

/// <summary>The corpora the product indexes: the bundled one, or a folder of .md files.</summary>
public static class CorpusSources
{
    public static ICorpusSource Bundled() => new BundledSource();

    public static ICorpusSource Folder(string directory) => new FolderSource(Path.GetFullPath(directory));

    /// <summary>Where the index of a corpus lives by default: one file per corpus, so switching corpora does not rebuild.</summary>
    public static string DefaultIndexPath(string homeDirectory, string? corpusFolder)
    {
        var name = corpusFolder is null ? "bundled" : "folder-" + ShortHash(Path.GetFullPath(corpusFolder));
        return Path.Combine(homeDirectory, "index", name + ".sqlite");
    }

    private static string ShortHash(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..12];

    private sealed class BundledSource : ICorpusSource
    {
        public string Origin => CorpusLoader.BundledOrigin;

        public string CurrentHash() => CorpusLoader.BundledContentHash();

        public (IReadOnlyList<Document>, string) Load()
        {
            var set = CorpusLoader.LoadBundled();
            return (set.Documents, set.ContentHash);
        }
    }

    private sealed class FolderSource(string directory) : ICorpusSource
    {
        public string Origin => directory;

        public string CurrentHash() =>
            Directory.Exists(directory) ? CorpusLoader.DirectoryContentHash(directory)
            : throw new Core.CqoDocsException("语料库文件夹不存在", directory);

        public (IReadOnlyList<Document>, string) Load()
        {
            var set = CorpusLoader.LoadDirectory(directory);
            return (set.Documents, set.ContentHash);
        }
    }
}
