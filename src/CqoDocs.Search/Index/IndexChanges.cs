using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;

namespace CqoDocs.Search.Index;

/// <summary>
/// What turns the documents an index holds into the corpus as it is now: the documents to take out (gone,
/// or changed) and the ones to put in (new, or changed). A changed document is taken out and put in again.
/// </summary>
internal sealed record IndexChanges(IReadOnlyList<string> Removed, IReadOnlyList<Document> Added)
{
    /// <summary>Documents hashed together, a few per core: the stream holds no more than these at once.</summary>
    internal const int HashedTogether = 64;

    public bool IsEmpty => Removed.Count == 0 && Added.Count == 0;

    /// <summary>
    /// Documents read from files: whether one changed is told by its file (<see cref="DocumentSource.File"/>)
    /// against the one it was indexed from, so only the files of new and changed documents are parsed.
    /// </summary>
    /// <param name="indexed">The index's documents: key → the file it was read from, empty if none.</param>
    /// <param name="read">The documents with these ids, read from their files.</param>
    /// <param name="maxAddedUnits">Null once the documents to put in hold more units than this.</param>
    public static IndexChanges? Between(IReadOnlyDictionary<string, string> indexed, IReadOnlyList<DocumentSource> sources,
        Func<IReadOnlySet<string>, IEnumerable<Document>> read, long maxAddedUnits = long.MaxValue)
    {
        var walked = Walk(indexed.Keys, sources.Select(source =>
        {
            var known = indexed.TryGetValue(source.Id, out var file);
            return (source.Id, known, Unchanged: known && file!.Length > 0 && file == source.File, (long)source.Units, source.Id);
        }), maxAddedUnits);
        if (walked is not var (removed, wanted)) return null;
        return new IndexChanges(removed, wanted.Count == 0 ? [] : read(wanted.ToHashSet(StringComparer.Ordinal)).ToList());
    }

    /// <param name="indexed">The index's documents: key → <see cref="DocumentHash"/>.</param>
    /// <param name="maxAddedUnits">Null once the documents to put in hold more units than this.</param>
    public static IndexChanges? Between(IReadOnlyDictionary<string, string> indexed, IEnumerable<Document> documents, long maxAddedUnits = long.MaxValue)
    {
        // Hashing every document is most of an update's work on a large library: each stretch of the stream is
        // hashed on every core.
        var walked = Walk(indexed.Keys, documents.Chunk(HashedTogether).SelectMany(chunk =>
        {
            var unchanged = new bool[chunk.Length];
            Parallel.For(0, chunk.Length, i =>
            {
                unchanged[i] = indexed.TryGetValue(chunk[i].Id, out var hash) && hash == DocumentHash.Of(chunk[i]);
            });
            return chunk.Select((document, i) => (document.Id, indexed.ContainsKey(document.Id), unchanged[i], (long)document.Units.Count, document));
        }), maxAddedUnits);
        return walked is var (removed, added) ? new IndexChanges(removed, added) : null;
    }

    /// <summary>
    /// One pass over the corpus: a known, unchanged document stays; a changed one is taken out and put in again;
    /// a new one is put in; an indexed one the corpus no longer has is taken out. Null once the ones to put in
    /// hold more units than <paramref name="maxAddedUnits"/>, without reading further.
    /// </summary>
    private static (List<string> Removed, List<T> Added)? Walk<T>(IEnumerable<string> indexed,
        IEnumerable<(string Id, bool Known, bool Unchanged, long Units, T Item)> corpus, long maxAddedUnits)
    {
        long addedUnits = 0;
        var now = new HashSet<string>(StringComparer.Ordinal);
        var removed = new List<string>();
        var added = new List<T>();
        foreach (var (id, known, unchanged, units, item) in corpus)
        {
            now.Add(id);
            if (known && unchanged) continue;
            if (known) removed.Add(id);
            added.Add(item);
            addedUnits += units;
            if (addedUnits > maxAddedUnits) return null;
        }
        removed.AddRange(indexed.Where(k => !now.Contains(k)));
        return (removed, added);
    }
}
