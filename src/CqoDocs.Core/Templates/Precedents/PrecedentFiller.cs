using CqoDocs.Core.Model;

namespace CqoDocs.Core.Templates.Precedents;

/// <summary>
/// Fills template data from a precedent: 职责, 权限 and 任职条件 become the precedent's clauses (each
/// {内容, 依据} with 依据 the citation 《title》第五条), its evaluation and liability clauses are added to
/// 考核, its appointment term becomes 聘期 (and 聘期结束 follows from 聘期开始 when the term is in whole
/// years), and 依据文件 names the precedent. Lists the precedent has nothing for keep the data's own.
/// </summary>
internal static class PrecedentFiller
{
    public const string Duties = "职责";
    public const string Powers = "权限";
    public const string Qualifications = "任职条件";
    public const string Evaluation = "考核";
    public const string Term = "聘期";
    public const string TermStart = "聘期开始";
    public const string TermEnd = "聘期结束";
    public const string Basis = "依据文件";

    /// <param name="Notes">What was taken from the precedent, by the data key it fills.</param>
    public sealed record Result(IReadOnlyDictionary<string, object?> Data, IReadOnlyList<(string Key, string Note)> Notes);

    public static Result Fill(IReadOnlyDictionary<string, object?> data, PrecedentClauses precedent)
    {
        var filled = new Dictionary<string, object?>(data, StringComparer.Ordinal);
        var notes = new List<(string Key, string Note)>();
        var source = $"《{precedent.Document.Title}》";
        filled[Basis] = source;

        foreach (var (topic, key) in new[] { (Topic.Duties, Duties), (Topic.Powers, Powers), (Topic.Qualifications, Qualifications) })
        {
            var items = precedent.Of(topic).Select(Entry).ToList();
            if (items.Count == 0)
            {
                notes.Add((key, $"{source}中没有{key}条款，{key}沿用数据文件"));
                continue;
            }
            filled[key] = items;
            notes.Add((key, $"{key} {items.Count} 条取自{source}"));
        }

        var evaluation = precedent.Clauses.Where(c => c.Topic is Topic.Evaluation or Topic.Liability).Select(Entry).ToList();
        if (evaluation.Count > 0)
        {
            var own = DataScope.AsList(filled.GetValueOrDefault(Evaluation)) ?? [];
            filled[Evaluation] = own.Concat(evaluation).ToList();
            notes.Add((Evaluation, $"{Evaluation}增加 {evaluation.Count} 条（取自{source}）"));
        }

        if (precedent.Term is { } term)
        {
            filled[Term] = term;
            notes.Add((Term, $"{Term}按{source}定为{term}"));
            if (TermExtractor.Years(term) is { } years && filled.GetValueOrDefault(TermStart) is string start && ChineseDate.TryParse(start, out var from))
            {
                filled[TermEnd] = ChineseDate.Format(from.AddYears(years).AddDays(-1));
            }
        }
        return new Result(filled, notes);
    }

    private static object? Entry(PrecedentClause clause) =>
        new Dictionary<string, object?>(StringComparer.Ordinal) { ["内容"] = clause.Text, ["依据"] = clause.Citation };
}
