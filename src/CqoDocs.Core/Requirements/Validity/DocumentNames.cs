using CqoDocs.Core.Model;

namespace CqoDocs.Core.Requirements.Validity;

/// <summary>Finds the corpus document a text names, by its title or its number, compared without script, spaces or bracket style.</summary>
internal sealed class DocumentNames
{
    private readonly ILookup<string, Document> _byTitle;
    private readonly ILookup<string, Document> _byNumber;

    public DocumentNames(IReadOnlyList<Document> corpus)
    {
        _byTitle = corpus.ToLookup(d => ValidityResolver.Key(d.Title));
        _byNumber = corpus.Where(d => !string.IsNullOrEmpty(d.DocNumber)).ToLookup(d => ValidityResolver.Key(d.DocNumber!));
    }

    /// <summary>The document named (never the naming document itself), or null when the corpus does not hold it.</summary>
    public Document? Find(Document naming, string title, string? number) =>
        _byTitle[ValidityResolver.Key(title)].FirstOrDefault(d => d.Id != naming.Id)
        ?? (number is null ? null : _byNumber[ValidityResolver.Key(number)].FirstOrDefault(d => d.Id != naming.Id));
}
