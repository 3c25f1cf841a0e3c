using CqoDocs.Core.Model;

namespace CqoDocs.Core.Templates.Precedents;

/// <summary>
/// Fills template data from a precedent: the precedent's clauses for 职责, 权限 and 任职条件 (each
/// {内容, 依据} with 依据 the citation 《title》第五条) are added after the data's own items — or replace
/// them when asked — and an item the data already has is not added twice; its evaluation and liability
/// clauses are added to 考核, its appointment term becomes 聘期 (and 聘期结束 follows from 聘期开始 when
/// the term is in whole years), and 依据文件 names the precedent. Every note says what was done, item by item.
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

    /// <param name="replace">The precedent's items replace the data's own instead of following them.</param>
    /// <param name="replaceHint">How the caller's user asks for that (加 --replace on the command line).</param>
    public static Result Fill(IReadOnlyDictionary<string, object?> data, PrecedentClauses precedent, bool replace = false, string replaceHint = "加 --replace")
    {
        var filled = new Dictionary<string, object?>(data, StringComparer.Ordinal);
        var notes = new List<(string Key, string Note)>();
        var source = $"《{precedent.Document.Title}》";
        filled[Basis] = source;
        notes.Add((Basis, $"{Basis}写为{source}"));

        foreach (var (topic, key) in new[] { (Topic.Duties, Duties), (Topic.Powers, Powers), (Topic.Qualifications, Qualifications) })
        {
            var clauses = precedent.Of(topic).ToList();
            var own = DataScope.AsList(data.GetValueOrDefault(key)) ?? (data.GetValueOrDefault(key) is { } single ? [single] : []);
            if (clauses.Count == 0)
            {
                notes.Add((key, $"{source}中没有{key}条款，{key}沿用数据文件（{own.Count} 条）"));
                continue;
            }
            if (replace)
            {
                filled[key] = clauses.Select(Entry).ToList();
                notes.Add((key, $"{key}：按{source}替换为 {clauses.Count} 条，数据文件原有的 {own.Count} 条不再使用"));
                notes.AddRange(own.Select(o => (key, $"    − {Short(TextOf(o))}")));
                notes.AddRange(clauses.Select(c => (key, $"    + {Short(c.Text)}（{c.Unit.Label}）")));
                continue;
            }
            var known = own.Select(o => Comparable(TextOf(o))).ToHashSet();
            var added = clauses.Where(c => known.Add(Comparable(c.Text))).ToList();
            filled[key] = own.Concat(added.Select(Entry)).ToList();
            notes.Add((key, $"{key}：数据文件原有 {own.Count} 条保留，增加{source}的 {added.Count} 条"
                + (added.Count < clauses.Count ? $"（另有 {clauses.Count - added.Count} 条数据中已有）" : "") + $"；要改为只用先例的条款，{replaceHint}"));
            notes.AddRange(added.Select(c => (key, $"    + {Short(c.Text)}（{c.Unit.Label}）")));
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

    private static string TextOf(object? item) => item switch
    {
        IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault("内容")?.ToString() ?? "",
        _ => item?.ToString() ?? "",
    };

    /// <summary>Two items say the same when they differ only in punctuation and spaces.</summary>
    private static string Comparable(string text) => new(text.Where(char.IsLetterOrDigit).ToArray());

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static object? Entry(PrecedentClause clause) =>
        new Dictionary<string, object?>(StringComparer.Ordinal) { ["内容"] = clause.Text, ["依据"] = clause.Citation };
}
