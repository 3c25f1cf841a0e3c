using CqoDocs.Core.Model;

namespace CqoDocs.Core.Requirements.Validity;

/// <summary>Finds the corpus document a text names, by its title or its number, compared without script, spaces or bracket style.</summary>
internal sealed class DocumentNames
{
    private readonly Dictionary<string, List<Document>> _byTitle = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Document>> _byNumber = new(StringComparer.Ordinal);

    public DocumentNames(IReadOnlyList<Document> corpus)
    {
        foreach (var document in corpus)
        {
            Add(_byTitle, ValidityResolver.Key(document.Title), document);
            if (!string.IsNullOrEmpty(document.DocNumber)) Add(_byNumber, ValidityResolver.Key(document.DocNumber), document);
        }
    }

    /// <summary>The document named (never the naming document itself), or null when the corpus does not hold it.</summary>
    public Document? Find(Document naming, string title, string? number) =>
        Other(_byTitle, ValidityResolver.Key(title), naming) ?? (number is null ? null : Other(_byNumber, ValidityResolver.Key(number), naming));

    private static void Add(Dictionary<string, List<Document>> index, string key, Document document)
    {
        if (!index.TryGetValue(key, out var documents)) index[key] = documents = [];
        documents.Add(document);
    }

    private static Document? Other(Dictionary<string, List<Document>> index, string key, Document naming)
    {
        if (!index.TryGetValue(key, out var documents)) return null;
        foreach (var document in documents)
        {
            if (document.Id != naming.Id) return document;
        }
        return null;
    }
}
