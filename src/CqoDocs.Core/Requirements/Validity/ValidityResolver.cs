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
        Resolve(corpus.Select(d => (d, ValidityFacts.Of(d))).ToList(), today);

    /// <summary>From documents' metadata (units not needed) and their facts, as the index keeps them.</summary>
    public static IReadOnlyDictionary<string, DocumentValidity> Resolve(IReadOnlyList<(Document Document, ValidityFacts Facts)> corpus, DateOnly today)
    {
        var names = new DocumentNames(corpus.Select(c => c.Document).ToList());
        var byId = new Dictionary<string, (Document Document, ValidityFacts Facts)>(StringComparer.Ordinal);
        foreach (var entry in corpus) byId.TryAdd(entry.Document.Id, entry);
        var repeals = corpus.DistinctBy(c => c.Document.Id).ToDictionary(c => c.Document.Id, c => c.Facts.Repeals
            .Select(r => new DocumentReference(r.Title, r.DocNumber, names.Find(c.Document, r.Title, r.DocNumber)?.Id, r.Source)).ToList());
        var repealedBy = repeals.SelectMany(kv => kv.Value.Where(r => r.Id is not null).Select(r => (Repealed: r.Id!, By: kv.Key)))
            .ToLookup(p => p.Repealed, p => p.By);
        var result = new Dictionary<string, DocumentValidity>(StringComparer.Ordinal);
        foreach (var (document, facts) in byId.Values)
        {
            var repealers = repealedBy[document.Id].Distinct().Select(id => byId[id])
                .Where(other => other.Facts.From is { } s && s <= today).ToList();
            var implements = facts.Basis
                .Select(r => new DocumentReference(r.Title, r.DocNumber, names.Find(document, r.Title, r.DocNumber)?.Id, r.Source)).ToList();
            var validity = Status(document, facts, today, repealers, repeals, byId);
            result[document.Id] = validity with
            {
                ReplacedBy = validity.ReplacedBy.Count > 0 ? validity.ReplacedBy : repealers.Select(r => r.Document.Id).ToList(),
                Repeals = repeals[document.Id],
                Implements = implements,
            };
        }
        return result;
    }

    private static DocumentValidity Status(Document document, ValidityFacts facts, DateOnly today,
        List<(Document Document, ValidityFacts Facts)> repealers, Dictionary<string, List<DocumentReference>> repeals,
        Dictionary<string, (Document Document, ValidityFacts Facts)> byId)
    {
        var (from, until) = (facts.From, facts.Until);
        DocumentValidity Make(DocumentStatus status, string reason, SourceSpan? source = null) =>
            new(status, reason) { From = from, Until = until, Trial = facts.Trial, Source = source ?? facts.PeriodSource };

        if (facts.Declared is { } declared && Declared(declared, byId, Make) is { } declaredStatus) return declaredStatus;
        if (facts.NotARule) return Make(DocumentStatus.NotARule, "新闻报道，不是规范性文件");
        if (repealers.Count > 0)
        {
            var by = repealers[0];
            var clause = repeals[by.Document.Id].First(r => r.Id == document.Id);
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
    private static DocumentValidity? Declared(DeclaredValidity declared, Dictionary<string, (Document Document, ValidityFacts Facts)> byId,
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
    internal static string Key(string text) =>
        new(Folded(text).Where(c => !char.IsWhiteSpace(c) && c is not ('《' or '》' or '〔' or '〕' or '[' or ']' or '（' or '）' or '(' or ')' or '［' or '］' or '“' or '”' or '"')).ToArray());
}
