using System.Collections.Concurrent;
using System.Security.Cryptography;
using CqoDocs.Core.Import.Text;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Corpus;

/// <summary>
/// The corpora as streams (<see cref="CorpusStream"/>): the same documents, order, problems and content hash
/// as the loads give, read in two passes so that no pass holds more than a few files. The first parses every
/// file (or, with a <see cref="ListingCache"/>, every file it has not seen as it is now) and keeps what choosing
/// and ordering the documents needs; the second, run each time the documents are enumerated, parses them
/// again one small group of files at a time.
/// </summary>
public static partial class CorpusLoader
{
    /// <summary>Files parsed together in the second pass: enough for every core, few enough to hold.</summary>
    private const int FilesAtOnce = 16;

    /// <summary>As <see cref="LoadDirectory"/>.</summary>
    /// <param name="listingCache">Where to remember what each file held (<see cref="ListingCache"/>), so that
    /// the next stream parses only the files that changed; null to parse every file.</param>
    public static CorpusStream StreamDirectory(string directory, string? listingCache = null) =>
        Stream(FolderFiles(Existing(directory), fromLibrary: false), Path.GetFullPath(directory), listingCache);

    public static CorpusStream StreamBundled() => Stream(BundledFiles(), BundledOrigin, null);

    /// <summary>As <see cref="LoadWithLibrary"/>.</summary>
    /// <param name="listingCache">As for <see cref="StreamDirectory"/>.</param>
    public static CorpusStream StreamWithLibrary(string libraryDirectory, string? listingCache = null) =>
        Stream(BundledFiles().Concat(LibraryFiles(libraryDirectory)), UserLibrary.Origin(libraryDirectory), listingCache);

    /// <summary>What the first pass keeps of a document; <paramref name="Digest"/> tells whether its file
    /// changed before the second pass.</summary>
    internal sealed record Listed(string Id, DateOnly? Date, string TitleKey, int Units, byte[] Digest);

    private static CorpusStream Stream(IEnumerable<CorpusFile> files, string origin, string? listingCache)
    {
        var cache = listingCache is null ? ListingCache.Empty() : ListingCache.Read(listingCache);
        var parses = 0;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // Read in file order (the hash depends on it), parsed on every core, one file handed out at a time.
        IEnumerable<(CorpusFile File, CorpusFile Loaded)> Read()
        {
            foreach (var file in files)
            {
                var loaded = file.Loaded();
                AppendToHash(sha, file.Name, loaded.Bytes ?? []);
                yield return (file, loaded);
            }
        }
        var listed = Partitioner.Create(Read(), EnumerablePartitionerOptions.NoBuffering)
            .AsParallel().AsOrdered()
            .Select(f =>
            {
                var digest = f.Loaded.Bytes is { } bytes ? SHA256.HashData(bytes) : null;
                if (digest is not null && cache.Find(f.File.Path, digest) is { } known) return (f.File, digest, Entry: known);
                Interlocked.Increment(ref parses);
                var (document, problem) = Parse(f.Loaded);
                return (f.File, digest, Entry: new ListingCache.Entry(document is null ? null : List(document, digest!), problem));
            })
            .ToList();
        var contentHash = Convert.ToHexStringLower(sha.GetHashAndReset());
        if (listingCache is not null && (parses > 0 || cache.Count != listed.Count))
        {
            // Files that could not be read have no digest: they are tried again each time.
            ListingCache.Write(listingCache, listed.Where(l => l.digest is not null).Select(l => (l.File.Path, l.digest!, l.Entry)));
        }
        var parsed = listed.Select(l => (l.Entry.Listed, l.File, l.Entry.Problem)).ToList();
        var (ordered, problems) = Choose(parsed, d => d.Id, d => d.Date);
        var library = ordered.Where(d => d.File.FromLibrary).Select(d => d.Item.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var dropped = Duplicates(ordered, library);
        var plan = ordered.Where(d => !dropped.Contains(d.Item.Id)).ToList();
        var sources = plan.Select(d => new DocumentSource(d.Item.Id, Convert.ToHexStringLower(d.Item.Digest) + " " + d.File.Name, d.Item.Units)).ToList();
        return new CorpusStream(origin, contentHash, plan.Count, plan.Sum(d => (long)d.Item.Units), problems,
            (stream, wanted) => Documents(stream, plan.Where(d => wanted(d.Item.Id)).ToList()), sources) { FilesParsed = parses };
    }

    private static Listed List(Document document, byte[] digest) =>
        new(document.Id, document.Date, TitleKey.Of(document.Title), document.Units.Count, digest);

    /// <summary>
    /// The ids <see cref="DuplicateDocuments"/> drops. It compares only documents with the same title, so only
    /// those few are read again, whole.
    /// </summary>
    private static HashSet<string> Duplicates(List<(Listed Item, CorpusFile File)> ordered, IReadOnlySet<string> library)
    {
        var candidates = ordered
            .GroupBy(d => d.Item.TitleKey)
            .Where(g => g.Key.Length > 0 && g.Count() > 1)
            .SelectMany(g => g)
            .ToList();
        var documents = candidates.Select(c => Reread(c.File, c.Item).Document).OfType<Document>().ToList();
        var (_, duplicates) = DuplicateDocuments.Remove(documents, library);
        return duplicates.Select(d => d.Dropped.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The second pass: the planned documents (all, or those an update needs) in order, a few files parsed at once.</summary>
    private static IEnumerable<Document> Documents(CorpusStream stream, List<(Listed Item, CorpusFile File)> plan)
    {
        var group = new (Document? Document, bool Changed)[FilesAtOnce];
        for (var start = 0; start < plan.Count; start += FilesAtOnce)
        {
            var count = Math.Min(FilesAtOnce, plan.Count - start);
            Parallel.For(0, count, i => group[i] = Reread(plan[start + i].File, plan[start + i].Item));
            stream.FilesRereadAdd(count);
            for (var i = 0; i < count; i++)
            {
                var (document, changed) = group[i];
                group[i] = default;
                if (changed) stream.FileChanged();
                if (document is not null) yield return document;
            }
        }
    }

    /// <summary>A listed file's document read again; changed when the file is no longer what was listed.</summary>
    private static (Document? Document, bool Changed) Reread(CorpusFile file, Listed listed)
    {
        var loaded = file.Loaded();
        var (document, _) = Parse(loaded);
        var same = loaded.Bytes is not null && SHA256.HashData(loaded.Bytes).AsSpan().SequenceEqual(listed.Digest);
        // A file now holding another id would put one document in the index twice: left out until the next check.
        if (document is not null && !string.Equals(document.Id, listed.Id, StringComparison.OrdinalIgnoreCase)) document = null;
        return (document, !same || document is null);
    }
}
