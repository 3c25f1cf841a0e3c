using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Corpus;

/// <summary>
/// Loads a corpus from a folder of .md files, from the copy embedded in this assembly, or from both (the
/// bundled corpus plus the user's own library). A file that cannot be read is a problem of the set, not a
/// failure of the load: the other files are still answered from (<see cref="CorpusSet.Problems"/>).
/// </summary>
public static partial class CorpusLoader
{
    public const string BundledOrigin = "内置语料库";
    private const string ResourcePrefix = "corpus/";

    /// <summary>One folder only (--corpus DIR). A missing folder is an error; a bad file in it is a problem.</summary>
    public static CorpusSet LoadDirectory(string directory) =>
        Load(FolderFiles(Existing(directory), fromLibrary: false), Path.GetFullPath(directory));

    /// <summary>The folder, or the one-line error that it is missing.</summary>
    private static string Existing(string directory) =>
        Directory.Exists(directory) ? directory : throw new CqoDocsException("语料库文件夹不存在", directory);

    public static CorpusSet LoadBundled() => Load(BundledFiles(), BundledOrigin);

    /// <summary>
    /// The bundled corpus plus the user's library folder (which may not exist yet). A library file with the
    /// id of a bundled document replaces it: that is how a user corrects a bundled document.
    /// </summary>
    public static CorpusSet LoadWithLibrary(string libraryDirectory) =>
        Load(BundledFiles().Concat(LibraryFiles(libraryDirectory)), UserLibrary.Origin(libraryDirectory));

    /// <summary>The hash of the bundled corpus without parsing it: cheap enough for every start-up.</summary>
    public static string BundledContentHash() => Hash(BundledFiles());

    /// <summary>The hash of a corpus folder without parsing it.</summary>
    public static string DirectoryContentHash(string directory) => Hash(FolderFiles(directory, fromLibrary: false));

    /// <summary>The hash of the bundled corpus plus the library, as <see cref="LoadWithLibrary"/> computes it.</summary>
    public static string WithLibraryContentHash(string libraryDirectory) =>
        Hash(BundledFiles().Concat(LibraryFiles(libraryDirectory)));

    /// <summary>
    /// The names, sizes and modification times of a folder's corpus files, hashed without reading any file:
    /// changes whenever a file is added, removed or written. Not settled while a file was written in the
    /// last seconds, as a second write within the clock's resolution could leave it unchanged.
    /// </summary>
    /// <remarks>A non-cryptographic hash: nobody forges their own folder's listing, and a cryptographic one made
    /// every search start OpenSSL (~10 ms) for a check that reads no file.</remarks>
    public static (string Fingerprint, bool Settled) FolderFingerprint(string directory)
    {
        var hash = new XxHash64();
        var settled = true;
        var recent = DateTime.UtcNow.AddSeconds(-2);
        if (Directory.Exists(directory))
        {
            foreach (var file in FolderFiles(directory, fromLibrary: false))
            {
                var info = new FileInfo(file.Path);
                if (!info.Exists) continue;
                var written = info.LastWriteTimeUtc;
                if (written > recent) settled = false;
                hash.Append(Encoding.UTF8.GetBytes(file.Name));
                hash.Append([0]);
                hash.Append(BitConverter.GetBytes(info.Length));
                hash.Append(BitConverter.GetBytes(written.Ticks));
            }
        }
        return (Convert.ToHexStringLower(hash.GetCurrentHash()), settled);
    }

    /// <summary>
    /// Stands for the bundled corpus in a fingerprint: the build id of this assembly, which a deterministic build
    /// changes whenever the embedded files do. Free, where hashing the files started OpenSSL in every search.
    /// </summary>
    public static string BundledFingerprint() => "bundled-" + typeof(CorpusLoader).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private static IEnumerable<CorpusFile> LibraryFiles(string directory) =>
        Directory.Exists(directory) ? FolderFiles(directory, fromLibrary: true) : [];

    /// <summary>A folder's corpus files in a fixed order (the hash depends on it); dot files are temporaries.</summary>
    private static IEnumerable<CorpusFile> FolderFiles(string directory, bool fromLibrary) =>
        Directory.EnumerateFiles(directory, "*.md", SearchOption.TopDirectoryOnly)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .Select(f => new CorpusFile((fromLibrary ? "library/" : "") + Path.GetFileName(f), f, fromLibrary));

    private static IEnumerable<CorpusFile> BundledFiles()
    {
        var assembly = typeof(CorpusLoader).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var file = name[ResourcePrefix.Length..];
            yield return new CorpusFile(file, file, FromLibrary: false, memory.ToArray());
        }
    }

    private static CorpusSet Load(IEnumerable<CorpusFile> files, string origin)
    {
        var read = files.Select(f => f.Loaded()).ToList();
        // Parsing is the costly part of a large library: on every core, results kept in file order.
        var parsed = read.AsParallel().AsOrdered().Select(f => Parse(f) switch { var (document, problem) => (document, f, problem) }).ToList();
        var (ordered, problems) = Choose(parsed, d => d.Id, d => d.Date);
        var library = ordered.Where(d => d.File.FromLibrary).Select(d => d.Item.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var (kept, duplicates) = DuplicateDocuments.Remove(ordered.Select(d => d.Item).ToList(), library);
        return new CorpusSet(kept, Hash(read), origin)
        {
            Problems = problems,
            LibraryIds = library,
            Duplicates = duplicates,
        };
    }

    /// <summary>
    /// The documents a corpus keeps, newest first and then by id, and the problems of the files in file order:
    /// of two files with one id the first is kept, unless the second is the library's copy of a bundled one.
    /// </summary>
    private static (List<(T Item, CorpusFile File)> Ordered, List<CqoDocsException> Problems) Choose<T>(
        IReadOnlyList<(T? Item, CorpusFile File, CqoDocsException? Problem)> parsed, Func<T, string> id, Func<T, DateOnly?> date)
        where T : class
    {
        var problems = new List<CqoDocsException>();
        var byId = new Dictionary<string, (T Item, CorpusFile File)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (item, file, problem) in parsed)
        {
            if (problem is not null) problems.Add(problem);
            if (item is null) continue;
            if (byId.TryGetValue(id(item), out var other) && !(file.FromLibrary && !other.File.FromLibrary))
            {
                problems.Add(new CqoDocsException($"文件编号“{id(item)}”与 {other.File.Path} 重复，已跳过", file.Path, field: "id"));
                continue;
            }
            byId[id(item)] = (item, file);
        }
        var ordered = byId.Values
            .OrderByDescending(d => date(d.Item) ?? DateOnly.MinValue)
            .ThenBy(d => id(d.Item), StringComparer.Ordinal)
            .ToList();
        return (ordered, problems);
    }

    /// <summary>The document in a file, or why it cannot be read.</summary>
    private static (Document? Document, CqoDocsException? Problem) Parse(CorpusFile file)
    {
        try
        {
            if (file.Bytes is null) return (null, file.ReadError);
            return (CorpusMarkdown.Read(Decode(file.Bytes, file.Path), file.Path), null);
        }
        catch (CqoDocsException e)
        {
            return (null, e);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A parser failing in a way nobody foresaw still spoils only its own file.
            return (null, new CqoDocsException($"无法读取：{e.Message}", file.Path, inner: e));
        }
    }

    private static string Hash(IEnumerable<CorpusFile> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files) AppendToHash(sha, file.Name, file.Bytes ?? file.Read() ?? []);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static void AppendToHash(IncrementalHash sha, string name, byte[] bytes)
    {
        sha.AppendData(Encoding.UTF8.GetBytes(name));
        sha.AppendData([0]);
        sha.AppendData(BitConverter.GetBytes((long)bytes.Length));
        sha.AppendData(bytes);
    }

    private static string Decode(byte[] bytes, string path)
    {
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            throw new CqoDocsException("语料文件应为 UTF-8 编码", path);
        }
    }

    /// <param name="Name">What the hash names the file by: its file name, "library/" before a library file's.</param>
    /// <param name="Bytes">The content when already in memory (the bundled files).</param>
    private sealed record CorpusFile(string Name, string Path, bool FromLibrary, byte[]? Bytes = null)
    {
        public CqoDocsException? ReadError { get; private set; }

        /// <summary>This file with its bytes in memory, or with the error that kept them out.</summary>
        public CorpusFile Loaded()
        {
            var bytes = Read();
            return this with { Bytes = bytes, ReadError = ReadError };
        }

        /// <summary>The bytes, or null when the file cannot be read (<see cref="ReadError"/> says why).</summary>
        public byte[]? Read()
        {
            if (Bytes is not null) return Bytes;
            try
            {
                return File.ReadAllBytes(Path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                ReadError = new CqoDocsException($"无法读取：{e.Message}", Path, inner: e);
                return null;
            }
        }
    }
}
