using CqoDocs.Core;
using CqoDocs.Core.Corpus;
using CqoDocs.Core.IO;
using CqoDocs.Core.Model;

namespace CqoDocs.Search.Index;

/// <summary>The corpora the product indexes: the bundled one, the bundled one plus the user's library, or a folder.</summary>
public static class CorpusSources
{
    public static ICorpusSource Bundled() => new LoaderSource(CorpusLoader.BundledOrigin, CorpusLoader.BundledContentHash, CorpusLoader.LoadBundled, null);

    /// <summary>The bundled corpus plus the user's library folder, which need not exist yet.</summary>
    /// <param name="problemLog">Where to remember the files that could not be read, so that a search on an
    /// unchanged corpus can still name them without parsing every file; null to not remember them.</param>
    public static ICorpusSource WithLibrary(string libraryDirectory, string? problemLog = null)
    {
        var directory = Path.GetFullPath(libraryDirectory);
        return new LoaderSource(UserLibrary.Origin(directory), () => CorpusLoader.WithLibraryContentHash(directory),
            () => CorpusLoader.LoadWithLibrary(directory), problemLog);
    }

    public static ICorpusSource Folder(string directory, string? problemLog = null)
    {
        var full = Path.GetFullPath(directory);
        return new LoaderSource(full,
            () => Directory.Exists(full) ? CorpusLoader.DirectoryContentHash(full) : throw new CqoDocsException("语料库文件夹不存在", full),
            () => CorpusLoader.LoadDirectory(full), problemLog);
    }

    /// <summary>Where the index of a corpus lives by default: one file per corpus, so switching corpora does not rebuild.</summary>
    /// <param name="corpusFolder">A --corpus folder, or null for the bundled corpus plus the library.</param>
    public static string DefaultIndexPath(string homeDirectory, string? corpusFolder) =>
        Path.Combine(homeDirectory, "index", DefaultName(corpusFolder) + ".sqlite");

    /// <summary>Where the problems of a corpus are remembered by default (not in index/, which holds only indexes).</summary>
    public static string DefaultProblemLog(string homeDirectory, string? corpusFolder) =>
        Path.Combine(homeDirectory, "problems", DefaultName(corpusFolder) + ".txt");

    private static string DefaultName(string? corpusFolder) =>
        corpusFolder is null ? "default" : "folder-" + ShortHash(Path.GetFullPath(corpusFolder));

    private static string ShortHash(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..12];

    private sealed class LoaderSource(string origin, Func<string> hash, Func<CorpusSet> load, string? problemLog) : ICorpusSource
    {
        private string? _lastHash;
        private IReadOnlyList<string>? _loadedProblems;
        private string? _loadedHash;

        public string Origin => origin;

        public string CurrentHash() => _lastHash = hash();

        public (IReadOnlyList<Document>, string) Load()
        {
            var set = load();
            _loadedProblems = set.Problems.Select(p => p.OneLine()).ToList();
            _loadedHash = set.ContentHash;
            if (problemLog is not null) Remember(set.ContentHash, _loadedProblems);
            return (set.Documents, set.ContentHash);
        }

        /// <summary>Without a log, only what the last <see cref="Load"/> found.</summary>
        public IReadOnlyList<string> Problems()
        {
            if (problemLog is null) return _loadedProblems ?? [];
            var now = _lastHash ?? CurrentHash();
            if (_loadedProblems is not null && _loadedHash == now) return _loadedProblems;
            try
            {
                if (File.Exists(problemLog))
                {
                    var lines = File.ReadAllLines(problemLog);
                    if (lines.Length > 0 && lines[0] == now) return lines[1..];
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
            Load();
            return _loadedProblems!;
        }

        /// <summary>The log holds the corpus hash, then one problem a line.</summary>
        private void Remember(string contentHash, IReadOnlyList<string> problems)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(problemLog)!);
                AtomicFile.WriteAllText(problemLog!, string.Join('\n', problems.Prepend(contentHash)) + "\n");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Only a convenience: without it, the next search parses the corpus to name the problems.
            }
        }
    }
}
