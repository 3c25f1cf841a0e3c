using CqoDocs.Core.Model;

namespace CqoDocs.Search.Index;

/// <summary>
/// What turns the documents an index holds into the corpus as it is now: the documents to take out (gone,
/// or changed) and the ones to put in (new, or changed). A changed document is taken out and put in again.
/// </summary>
internal sealed record IndexChanges(IReadOnlyList<string> Removed, IReadOnlyList<Document> Added)
{
    public bool IsEmpty => Removed.Count == 0 && Added.Count == 0;

    /// <param name="indexed">The index's documents: key → <see cref="DocumentHash"/>.</param>
    public static IndexChanges Between(IReadOnlyDictionary<string, string> indexed, IReadOnlyList<Document> documents)
    {
        // Hashing every document is most of an update's work on a large library: it is spread over the cores.
        var changed = new bool[documents.Count];
        Parallel.For(0, documents.Count, i =>
        {
            changed[i] = indexed.TryGetValue(documents[i].Id, out var hash) && hash != DocumentHash.Of(documents[i]);
        });
        var now = new HashSet<string>(StringComparer.Ordinal);
        var removed = new List<string>();
        var added = new List<Document>();
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            now.Add(document.Id);
            if (changed[i]) removed.Add(document.Id);
            if (changed[i] || !indexed.ContainsKey(document.Id)) added.Add(document);
        }
        removed.AddRange(indexed.Keys.Where(k => !now.Contains(k)));
        return new IndexChanges(removed, added);
    }
}
