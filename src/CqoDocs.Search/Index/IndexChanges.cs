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
        long addedUnits = 0;
        var now = new HashSet<string>(StringComparer.Ordinal);
        var removed = new List<string>();
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            now.Add(source.Id);
            var known = indexed.TryGetValue(source.Id, out var file);
            if (known && file!.Length > 0 && file == source.File) continue;
            if (known) removed.Add(source.Id);
            wanted.Add(source.Id);
            addedUnits += source.Units;
            if (addedUnits > maxAddedUnits) return null;
        }
        removed.AddRange(indexed.Keys.Where(k => !now.Contains(k)));
        return new IndexChanges(removed, wanted.Count == 0 ? [] : read(wanted).ToList());
    }

    /// <param name="indexed">The index's documents: key → <see cref="DocumentHash"/>.</param>
    /// <param name="maxAddedUnits">Null once the documents to put in hold more units than this.</param>
    public static IndexChanges? Between(IReadOnlyDictionary<string, string> indexed, IEnumerable<Document> documents, long maxAddedUnits = long.MaxValue)
    {
        long addedUnits = 0;
        var now = new HashSet<string>(StringComparer.Ordinal);
        var removed = new List<string>();
        var added = new List<Document>();
        // Hashing every document is most of an update's work on a large library: each stretch of the stream is
        // hashed on every core.
        foreach (var chunk in documents.Chunk(HashedTogether))
        {
            var changed = new bool[chunk.Length];
            Parallel.For(0, chunk.Length, i =>
            {
                changed[i] = indexed.TryGetValue(chunk[i].Id, out var hash) && hash != DocumentHash.Of(chunk[i]);
            });
            for (var i = 0; i < chunk.Length; i++)
            {
                var document = chunk[i];
                now.Add(document.Id);
                var known = indexed.ContainsKey(document.Id);
                if (known && !changed[i]) continue;
                if (known) removed.Add(document.Id);
                added.Add(document);
                addedUnits += document.Units.Count;
                if (addedUnits > maxAddedUnits) return null;
            }
        }
        removed.AddRange(indexed.Keys.Where(k => !now.Contains(k)));
        return new IndexChanges(removed, added);
    }
}
