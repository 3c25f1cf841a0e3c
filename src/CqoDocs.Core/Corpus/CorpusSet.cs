using CqoDocs.Core.Model;

namespace CqoDocs.Core.Corpus;

/// <summary>The documents of one corpus, with a hash that changes whenever any of its files does.</summary>
public sealed class CorpusSet
{
    public CorpusSet(IReadOnlyList<Document> documents, string contentHash, string origin)
    {
        Documents = documents;
        ContentHash = contentHash;
        Origin = origin;
    }

    /// <summary>Newest first, then by id; each document once (see <see cref="Duplicates"/>).</summary>
    public IReadOnlyList<Document> Documents { get; }

    public string ContentHash { get; }

    /// <summary>Where the corpus came from, for messages: a folder path, or "内置语料库" (plus the library).</summary>
    public string Origin { get; }

    /// <summary>Files that could not be read, each with its file and line: the documents come from the others.</summary>
    public IReadOnlyList<CqoDocsException> Problems { get; init; } = [];

    /// <summary>Ids of the documents that come from the user's own library rather than the bundled corpus.</summary>
    public IReadOnlySet<string> LibraryIds { get; init; } = new HashSet<string>();

    /// <summary>Documents left out because another one in the set is the same document (from another site).</summary>
    public IReadOnlyList<DuplicateDocument> Duplicates { get; init; } = [];

    public bool IsInLibrary(Document document) => LibraryIds.Contains(document.Id);

    /// <summary>A document by id; a duplicate that was left out is found as the copy that was kept.</summary>
    public Document? Find(string id) =>
        Documents.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase))
        ?? Duplicates.FirstOrDefault(d => string.Equals(d.Dropped.Id, id, StringComparison.OrdinalIgnoreCase))?.Kept;
}
