using System.Text.RegularExpressions;

namespace CqoDocs.Core.Templates;

/// <summary>One thing wrong with a data file, with the field it concerns (章节[2].标题).</summary>
internal sealed record DataProblem(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}

/// <summary>
/// Checks data against what a template asks for before anything is written, and reports every problem at
/// once: fields the template needs and the data lacks, lists given as text (and text given as lists),
/// dates that are no dates (2024年13月45日) in any accepted spelling, date fields holding something else,
/// and terms that end before they start (聘期结束 before 聘期开始).
/// </summary>
internal static class DataChecker
{
    private static readonly Regex DateName = new(@"日期$|^(.*)(开始|起始|结束|截止)$", RegexOptions.Compiled);
    private static readonly (string Start, string End)[] TermEnds = [("开始", "结束"), ("起始", "截止"), ("开始日期", "结束日期"), ("起始日期", "截止日期")];

    /// <summary>Whether a field holds a date by its name (签发日期, 聘期开始): what the check reads as a date.</summary>
    public static bool IsDateField(string name) => DateName.IsMatch(name);

    public static IReadOnlyList<DataProblem> Check(TemplateOutline outline, IReadOnlyDictionary<string, object?> data)
    {
        var problems = new List<DataProblem>();
        Walk(outline, new DataScope(data), "", problems);
        Values(data, "", problems);
        return problems;
    }

    private static void Walk(TemplateOutline outline, DataScope scope, string prefix, List<DataProblem> problems)
    {
        foreach (var entry in outline.Entries)
        {
            var field = prefix + entry.Name;
            if (!scope.TryResolve(entry.Name, out var value) || value is null)
            {
                if (!entry.Optional && entry.Kind != OutlineKind.Condition)
                {
                    var where = entry.Location is null ? "" : $"（模板{entry.Location}）";
                    problems.Add(new(field, (entry.Kind == OutlineKind.List ? "缺少这个列表" : "缺少这个字段") + where));
                }
                continue;
            }
            switch (entry.Kind)
            {
                case OutlineKind.Value:
                    if (value is IReadOnlyDictionary<string, object?> || DataScope.AsList(value) is not null)
                    {
                        problems.Add(new(field, "应当是一段文字，这里是一组数据"));
                    }
                    else if (DateName.IsMatch(entry.Name) && value is string text && !ChineseDate.LooksLikeDate(text))
                    {
                        problems.Add(new(field, $"“{text}”不是日期（可写 2024-03-01、2024年3月1日 或 二〇二四年三月一日）"));
                    }
                    break;
                case OutlineKind.List:
                    CheckList(entry, value, scope, field, problems);
                    break;
            }
        }
    }

    private static void CheckList(OutlineEntry entry, object value, DataScope scope, string field, List<DataProblem> problems)
    {
        var needsFields = entry.Items.Entries.Count > 0;
        if (value is bool) return;
        var items = DataScope.AsList(value);
        if (items is null)
        {
            if (needsFields && value is not IReadOnlyDictionary<string, object?>)
            {
                problems.Add(new(field, "应当是列表（每项一行，以“- ”开头）"));
                return;
            }
            items = [value];
        }
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var itemField = items.Count == 1 && DataScope.AsList(value) is null ? field : $"{field}[{i + 1}]";
            if (needsFields && item is not IReadOnlyDictionary<string, object?> && entry.Items.Entries.Any(e => e.Name != "." && !e.Optional))
            {
                problems.Add(new(itemField, $"应当是“字段: 值”的集合（要有 {string.Join("、", entry.Items.Entries.Where(e => !e.Optional).Select(e => e.Name))}）"));
                continue;
            }
            if (!needsFields && (item is IReadOnlyDictionary<string, object?> || DataScope.AsList(item) is not null))
            {
                problems.Add(new(itemField, "每项应当是一段文字"));
                continue;
            }
            scope.EnterItem(item, i, items.Count);
            Walk(entry.Items, scope, itemField + ".", problems);
            scope.Leave();
        }
    }

    /// <summary>Every value written as a date must be a real one, and in every map a term ends after it starts.</summary>
    private static void Values(object? value, string field, List<DataProblem> problems)
    {
        switch (value)
        {
            case string text when ChineseDate.LooksLikeDate(text) && !ChineseDate.TryParse(text, out _):
                problems.Add(new(field, $"“{text.Trim()}”不是真实的日期"));
                break;
            case IReadOnlyDictionary<string, object?> map:
                foreach (var (key, inner) in map) Values(inner, field.Length == 0 ? key : $"{field}.{key}", problems);
                Terms(map, field, problems);
                break;
            default:
                if (DataScope.AsList(value) is { } list)
                {
                    for (var i = 0; i < list.Count; i++) Values(list[i], $"{field}[{i + 1}]", problems);
                }
                break;
        }
    }

    private static void Terms(IReadOnlyDictionary<string, object?> map, string field, List<DataProblem> problems)
    {
        foreach (var startKey in map.Keys)
        {
            foreach (var (start, end) in TermEnds)
            {
                if (!startKey.EndsWith(start, StringComparison.Ordinal)) continue;
                var endKey = startKey[..^start.Length] + end;
                if (!map.TryGetValue(endKey, out var endValue)) continue;
                if (map[startKey] is string a && endValue is string b && ChineseDate.TryParse(a, out var from) && ChineseDate.TryParse(b, out var to) && to <= from)
                {
                    var name = field.Length == 0 ? endKey : $"{field}.{endKey}";
                    problems.Add(new(name, $"{ChineseDate.Format(to)}不晚于{startKey}{ChineseDate.Format(from)}：期限应当在开始之后结束"));
                }
            }
        }
    }
}
