using CqoDocs.Core.Import.Text;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Requirements.Validity;

/// <summary>
/// Each document's status on <c>today</c>: as its corpus file declares it; repealed by a later document of
/// the corpus (原…同时废止); not yet in force (施行日期 to come); past a stated period (有效期2年 / 试行期三年
/// from its 施行日期); else in force. A news report is not a rule. A document without any date cannot be judged.
/// </summary>
public static class ValidityResolver
{
    public static IReadOnlyDictionary<string, DocumentValidity> Resolve(IReadOnlyList<Document> corpus, DateOnly today) =>
        Resolve(corpus.Select(d => new DocumentFacts(d, ValidityFacts.Of(d))).ToList(), today);

    /// <summary>
    /// From documents' metadata (units not needed) and their facts, as the index keeps them. Written as loops over
    /// classes: a search resolves its hits' validity in a cold process, where each LINQ operator over tuples was
    /// generic code compiled at run time.
    /// </summary>
    public static IReadOnlyDictionary<string, DocumentValidity> Resolve(IReadOnlyList<DocumentFacts> corpus, DateOnly today)
    {
        var documents = new List<Document>(corpus.Count);
        foreach (var entry in corpus) documents.Add(entry.Document);
        var names = new DocumentNames(documents);
        // The first entry of an id stands for it.
        var byId = new Dictionary<string, DocumentFacts>(StringComparer.Ordinal);
        foreach (var entry in corpus) byId.TryAdd(entry.Document.Id, entry);
        var repeals = new Dictionary<string, List<DocumentReference>>(StringComparer.Ordinal);
        var repealedBy = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (id, entry) in byId)
        {
            var references = References(entry.Facts.Repeals, entry.Document, names);
            repeals[id] = references;
            foreach (var reference in references)
            {
                if (reference.Id is not { } repealed) continue;
                if (!repealedBy.TryGetValue(repealed, out var by)) repealedBy[repealed] = by = [];
                if (!by.Contains(id)) by.Add(id);
            }
        }
        var result = new Dictionary<string, DocumentValidity>(StringComparer.Ordinal);
        foreach (var (document, facts) in byId.Values)
        {
            var repealers = new List<DocumentFacts>();
            foreach (var id in repealedBy.GetValueOrDefault(document.Id) ?? [])
            {
                var other = byId[id];
                if (other.Facts.From is { } s && s <= today) repealers.Add(other);
            }
            var validity = Status(document, facts, today, repealers, repeals, byId);
            var replacedBy = validity.ReplacedBy;
            if (replacedBy.Count == 0)
            {
                var ids = new List<string>(repealers.Count);
                foreach (var repealer in repealers) ids.Add(repealer.Document.Id);
                replacedBy = ids;
            }
            result[document.Id] = validity with
            {
                ReplacedBy = replacedBy,
                Repeals = repeals[document.Id],
                Implements = References(facts.Basis, document, names),
            };
        }
        return result;
    }

    /// <summary>The documents a document names, each with the corpus document it is when the corpus holds it.</summary>
    private static List<DocumentReference> References(IReadOnlyList<NamedDocument> named, Document naming, DocumentNames names)
    {
        var references = new List<DocumentReference>(named.Count);
        foreach (var r in named) references.Add(new DocumentReference(r.Title, r.DocNumber, names.Find(naming, r.Title, r.DocNumber)?.Id, r.Source));
        return references;
    }

    private static DocumentValidity Status(Document document, ValidityFacts facts, DateOnly today,
        List<DocumentFacts> repealers, Dictionary<string, List<DocumentReference>> repeals, Dictionary<string, DocumentFacts> byId)
    {
        var (from, until) = (facts.From, facts.Until);
        DocumentValidity Make(DocumentStatus status, string reason, SourceSpan? source = null) =>
            new(status, reason) { From = from, Until = until, Trial = facts.Trial, Source = source ?? facts.PeriodSource };

        if (facts.Declared is { } declared && Declared(declared, byId, Make) is { } declaredStatus) return declaredStatus;
        if (facts.NotARule) return Make(DocumentStatus.NotARule, "新闻报道，不是规范性文件");
        if (repealers.Count > 0)
        {
            var by = repealers[0];
            var clause = repeals[by.Document.Id].Find(r => r.Id == document.Id)!;
            return Make(by.Facts.RepealsOnly ? DocumentStatus.Repealed : DocumentStatus.Replaced,
                $"{Citation.Of(by.Document)}{clause.Source.UnitLabel}规定“{clause.Source.Text}”", clause.Source);
        }
        if (from is null) return Make(DocumentStatus.Unknown, "文件未写明日期");
        if (from > today) return Make(DocumentStatus.NotYetInForce, $"自 {Format(from)} 起施行");
        if (until is { } last && last < today)
        {
            var stated = facts.PeriodSource is { } period ? $"“{period.Text}”" : facts.Declared?.Until is not null ? "语料文件写明有效期" : "";
            return Make(facts.Trial ? DocumentStatus.TrialExpired : DocumentStatus.Expired,
                $"{stated}，自 {Format(from)} 起算，至 {Format(last)} 届满");
        }
        var since = facts.EffectiveStated ? $"自 {Format(from)} 起施行" : $"{Format(from)} 印发（未写明施行日期）";
        return Make(DocumentStatus.InForce, until is { } end ? $"{since}，有效期至 {Format(end)}" : since + (facts.Trial ? "（试行，未写明试行期限）" : ""));
    }

    /// <summary>A status the corpus file declares, or a replacement it names; null when it only gives a date.</summary>
    private static DocumentValidity? Declared(DeclaredValidity declared, Dictionary<string, DocumentFacts> byId,
        Func<DocumentStatus, string, SourceSpan?, DocumentValidity> make)
    {
        var note = declared.Note is { } n ? $"（{n}）" : "";
        if (declared.ReplacedBy is { } id)
        {
            var by = byId.TryGetValue(id, out var other) ? Citation.Of(other.Document) : id;
            return make(declared.Status ?? DocumentStatus.Replaced, $"语料文件写明由{by}替代{note}", null) with { ReplacedBy = [id] };
        }
        return declared.Status is { } status ? make(status, $"语料文件写明为“{status.ChineseName()}”{note}", null) : null;
    }

    private static string Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    internal static string Folded(string text) => ScriptTable.Default.ToSimplified(text);

    /// <summary>Titles and numbers compared without script, spaces or bracket style.</summary>
    internal static string Key(string text)
    {
        var folded = Folded(text);
        var key = new System.Text.StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c) && c is not ('《' or '》' or '〔' or '〕' or '[' or ']' or '（' or '）' or '(' or ')' or '［' or '］' or '“' or '”' or '"')) key.Append(c);
        }
        return key.ToString();
    }
}
