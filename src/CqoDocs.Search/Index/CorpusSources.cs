using CqoDocs.Core;
using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;

namespace CqoDocs.Search.Index;

/// <summary>The corpora the product indexes: the bundled one, the bundled one plus the user's library, or a folder.</summary>
public static class CorpusSources
{
    public static ICorpusSource Bundled() =>
        new LoaderSource(CorpusLoader.BundledOrigin, CorpusLoader.BundledContentHash, null, CorpusLoader.StreamBundled, null);

    /// <summary>The bundled corpus plus the user's library folder, which need not exist yet.</summary>
    /// <param name="stateFile">Where to remember the folder's fingerprint, content hash and unreadable files
    /// (see <see cref="CorpusState"/>); null to read and hash every file on every check.</param>
    public static ICorpusSource WithLibrary(string libraryDirectory, string? stateFile = null)
    {
        var directory = Path.GetFullPath(libraryDirectory);
        return new LoaderSource(UserLibrary.Origin(directory),
            () => CorpusLoader.WithLibraryContentHash(directory),
            () =>
            {
                var (fingerprint, settled) = CorpusLoader.FolderFingerprint(directory);
                return (CorpusLoader.BundledFingerprint() + "+" + fingerprint, settled);
            },
            () => CorpusLoader.StreamWithLibrary(directory, ListingFile(stateFile)), stateFile);
    }

    public static ICorpusSource Folder(string directory, string? stateFile = null)
    {
        var full = Path.GetFullPath(directory);
        return new LoaderSource(full,
            () => Directory.Exists(full) ? CorpusLoader.DirectoryContentHash(full) : throw new CqoDocsException("语料库文件夹不存在", full),
            () => CorpusLoader.FolderFingerprint(full),
            () => CorpusLoader.StreamDirectory(full, ListingFile(stateFile)), stateFile);
    }

    /// <summary>Where the index of a corpus lives by default: one file per corpus, so switching corpora does not rebuild.</summary>
    /// <param name="corpusFolder">A --corpus folder, or null for the bundled corpus plus the library.</param>
    public static string DefaultIndexPath(string homeDirectory, string? corpusFolder) =>
        Path.Combine(homeDirectory, "index", DefaultName(corpusFolder) + ".sqlite");

    /// <summary>Where what was learnt about a corpus is remembered by default (not in index/, which holds only indexes).</summary>
    public static string DefaultStateFile(string homeDirectory, string? corpusFolder) =>
        Path.Combine(homeDirectory, "corpus-state", DefaultName(corpusFolder) + ".txt");

    /// <summary>Beside the state file: what each file held when last parsed (<see cref="ListingCache"/>).</summary>
    private static string? ListingFile(string? stateFile) => stateFile is null ? null : Path.ChangeExtension(stateFile, ".listing");

    private static string DefaultName(string? corpusFolder) =>
        corpusFolder is null ? "default" : "folder-" + ShortHash(Path.GetFullPath(corpusFolder));

    private static string ShortHash(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..12];

    /// <param name="fingerprint">Names, sizes and times of the files, without reading them; null when there is
    /// nothing cheaper than the content hash.</param>
    private sealed class LoaderSource(string origin, Func<string> contentHash, Func<(string Fingerprint, bool Settled)>? fingerprint,
        Func<CorpusStream> stream, string? stateFile) : ICorpusSource
    {
        private string? _lastHash;
        private IReadOnlyList<string>? _loadedProblems;
        private string? _loadedHash;

        public string Origin => origin;

        /// <summary>The content hash, taken from the state file when the files' fingerprint has not changed since.</summary>
        public string CurrentHash()
        {
            if (stateFile is null || fingerprint is null) return _lastHash = contentHash();
            var (now, settled) = fingerprint();
            var state = CorpusState.Read(stateFile);
            if (settled && state is not null && state.Fingerprint == now) return _lastHash = state.ContentHash;
            var hash = contentHash();
            // Files touched but not changed: the problems known for this content still hold.
            if (settled && state is not null && state.ContentHash == hash) (state with { Fingerprint = now }).Write(stateFile);
            return _lastHash = hash;
        }

        public CorpusStream Stream()
        {
            // Taken before reading: a file written during the read makes it differ next time.
            var before = fingerprint?.Invoke();
            var read = stream();
            Remember(before, read.ContentHash, read.Problems);
            return read;
        }

        private void Remember((string Fingerprint, bool Settled)? before, string hash, IReadOnlyList<CqoDocsException> problems)
        {
            _loadedProblems = problems.Select(p => p.OneLine()).ToList();
            _loadedHash = hash;
            if (stateFile is not null)
            {
                // An unsettled fingerprint is not trusted next time, but the problems of this content are.
                var known = before is { Settled: true } fp ? fp.Fingerprint : "-";
                new CorpusState(known, hash, _loadedProblems).Write(stateFile);
            }
        }

        /// <summary>Without a state file, only what the last <see cref="Stream"/> found.</summary>
        public IReadOnlyList<string> Problems()
        {
            if (stateFile is null) return _loadedProblems ?? [];
            var now = _lastHash ?? CurrentHash();
            if (_loadedProblems is not null && _loadedHash == now) return _loadedProblems;
            if (CorpusState.Read(stateFile) is { } state && state.ContentHash == now) return state.Problems;
            Stream();
            return _loadedProblems!;
        }
    }
}
