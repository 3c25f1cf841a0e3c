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

    /// <summary>Newest first, then by id.</summary>
    public IReadOnlyList<Document> Documents { get; }

    public string ContentHash { get; }

    /// <summary>Where the corpus came from, for messages: a folder path, or "内置语料库".</summary>
    public string Origin { get; }

    public Document? Find(string id) => Documents.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));
}
