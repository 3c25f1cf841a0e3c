using CqoDocs.Core.Import.Text;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Requirements.Validity;

/// <summary>
/// Each document's status on <c>today</c>: repealed by a later document of the corpus (原…同时废止), not yet
/// in force (施行日期 to come), past a stated period (有效期2年 / 试行期三年 from its 施行日期), else in force.
/// A news report is not a rule. A document without any date cannot be judged.
/// </summary>
public static class ValidityResolver
{
    public static IReadOnlyDictionary<string, DocumentValidity> Resolve(IReadOnlyList<Document> corpus, DateOnly today)
    {
        var names = new DocumentNames(corpus);
        var repeals = corpus.ToDictionary(d => d.Id, d => ReferenceReader.Repealed(d)
            .Select(r => new DocumentReference(r.Title, r.Number, names.Find(d, r.Title, r.Number)?.Id, r.Source)).ToList());
        var repealedBy = repeals.SelectMany(kv => kv.Value.Where(r => r.Id is not null).Select(r => (Repealed: r.Id!, By: kv.Key)))
            .ToLookup(p => p.Repealed, p => p.By);
        var byId = corpus.ToDictionary(d => d.Id);
        var result = new Dictionary<string, DocumentValidity>(StringComparer.Ordinal);
        foreach (var document in corpus)
        {
            var repealers = repealedBy[document.Id].Distinct().Select(id => byId[id]).Where(other => Start(other) is { } s && s <= today).ToList();
            var implements = ReferenceReader.Basis(document)
                .Select(r => new DocumentReference(r.Title, r.Number, names.Find(document, r.Title, r.Number)?.Id, r.Source))
                .DistinctBy(r => r.Title).ToList();
            var validity = Status(document, today, repealers, repeals) with
            {
                ReplacedBy = repealers.Select(r => r.Id).ToList(),
                Repeals = repeals[document.Id],
                Implements = implements,
            };
            result[document.Id] = validity;
        }
        return result;
    }

    private static DocumentValidity Status(Document document, DateOnly today, List<Document> repealers, Dictionary<string, List<DocumentReference>> repeals)
    {
        var from = Start(document);
        var period = ValidityPeriodReader.Find(document);
        var trial = period?.Trial == true || Folded(document.Title).Contains("试行") || Folded(document.Title).Contains("暂行");
        DateOnly? until = period switch
        {
            { Until: { } date } => date,
            { Months: { } months } when from is { } start => start.AddMonths(months).AddDays(-1),
            _ => null,
        };
        DocumentValidity Make(DocumentStatus status, string reason, SourceSpan? source = null) =>
            new(status, reason) { From = from, Until = until, Trial = trial, Source = source ?? period?.Source };

        if (document.Kind == DocumentKind.News) return Make(DocumentStatus.NotARule, "新闻报道，不是规范性文件");
        if (repealers.Count > 0)
        {
            var by = repealers[0];
            var clause = repeals[by.Id].First(r => r.Id == document.Id);
            var byRepealOnly = Folded(by.Title).Contains("废止");
            return Make(byRepealOnly ? DocumentStatus.Repealed : DocumentStatus.Replaced,
                $"{Citation.Of(by)}{clause.Source.UnitLabel}规定“{clause.Source.Text}”", clause.Source);
        }
        if (from is null) return Make(DocumentStatus.Unknown, "文件未写明日期");
        if (from > today) return Make(DocumentStatus.NotYetInForce, $"自 {Format(from)} 起施行");
        if (until is { } last && last < today)
        {
            return Make(trial ? DocumentStatus.TrialExpired : DocumentStatus.Expired,
                $"{(period is not null ? $"“{period.Source.Text}”" : "")}，自 {Format(from)} 起算，至 {Format(last)} 届满");
        }
        var since = document.Effective is null ? $"{Format(from)} 印发（未写明施行日期）" : $"自 {Format(from)} 起施行";
        return Make(DocumentStatus.InForce, until is { } end ? $"{since}，有效期至 {Format(end)}" : since + (trial ? "（试行，未写明试行期限）" : ""));
    }

    private static DateOnly? Start(Document d) => d.Effective ?? d.Date ?? d.Published;

    private static string Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    internal static string Folded(string text) => ScriptTable.Default.ToSimplified(text);

    /// <summary>Titles and numbers compared without script, spaces or bracket style.</summary>
    internal static string Key(string text) =>
        new(Folded(text).Where(c => !char.IsWhiteSpace(c) && c is not ('《' or '》' or '〔' or '〕' or '[' or ']' or '（' or '）' or '(' or ')' or '［' or '］' or '“' or '”' or '"')).ToArray());
}
