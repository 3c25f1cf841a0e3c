using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using CqoDocs.Core.Templates.Precedents;

namespace CqoDocs.Web.Workbench;

/// <summary>The documents a template can be filled from (those with CQO duties, powers or qualifications), worked out once per corpus.</summary>
internal sealed class Precedents
{
    private readonly Lock _gate = new();
    private (CorpusSet Set, IReadOnlyList<Document> Documents)? _known;

    public IReadOnlyList<Document> Of(CorpusSet set)
    {
        lock (_gate)
        {
            if (_known is { } known && ReferenceEquals(known.Set, set)) return known.Documents;
            var documents = set.Documents.Where(d => d.Kind != DocumentKind.News && PrecedentExtractor.Extract(d).Any)
                .OrderByDescending(d => d.Date ?? DateOnly.MinValue).ToList();
            _known = (set, documents);
            return documents;
        }
    }
}
