using CqoDocs.Core.Import.Text;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Corpus;

/// <summary>
/// Reads the names a user gives a filter as they type them: kinds by key or Chinese name (管理办法, 办法),
/// topics by key or Chinese name in either script (職責), regions in either script. A name that names
/// nothing is an error that suggests the nearest valid names, never an empty answer.
/// </summary>
public static class FilterNames
{
    /// <summary>Chinese names of each kind, the first the one <c>list</c> shows.</summary>
    private static readonly IReadOnlyList<(DocumentKind Kind, string[] Names)> KindNames =
    [
        (DocumentKind.Notice, ["通知", "公告"]),
        (DocumentKind.Opinion, ["实施意见", "意见", "指导意见"]),
        (DocumentKind.Measures, ["管理办法", "办法", "实施办法", "暂行办法", "规定"]),
        (DocumentKind.Plan, ["实施方案", "方案", "工作方案"]),
        (DocumentKind.Standard, ["标准规范", "标准", "地方标准", "规范"]),
        (DocumentKind.News, ["新闻报道", "新闻", "报道"]),
    ];

    /// <summary>The Chinese name a kind is shown by: 管理办法, 新闻报道.</summary>
    public static string KindName(DocumentKind kind) => KindNames.First(k => k.Kind == kind).Names[0];

    public static DocumentKind Kind(string typed, string field = "--kind")
    {
        var s = Simplified(typed);
        if (ModelKeys.TryParseKind(s, out var kind)) return kind;
        foreach (var (k, names) in KindNames)
        {
            if (names.Contains(s, StringComparer.Ordinal)) return k;
        }
        var valid = KindNames.SelectMany(k => k.Names.Take(1).Prepend(k.Kind.Key())).ToList();
        throw Unknown($"未知的文件类型“{typed}”", s, valid, KindNames.SelectMany(k => k.Names.Prepend(k.Kind.Key())), field);
    }

    public static string Topic(string typed, string field = "topic")
    {
        var s = Simplified(typed);
        if (Model.Topic.Resolve(s) is { } key) return key;
        var valid = Model.Topic.All.Select(k => $"{Model.Topic.ChineseNames[k]}（{k}）").ToList();
        var names = Model.Topic.All.SelectMany(k => Model.Topic.ChineseNames[k].Split('与').Append(Model.Topic.ChineseNames[k]).Append(k));
        throw Unknown($"未知的主题“{typed}”", s, valid, names, field);
    }

    /// <summary>The region as the user typed it (folded to Simplified) when some document is in it; else an error naming the nearest regions.</summary>
    public static string Region(string typed, IEnumerable<Region> regions, string field = "--region")
    {
        var s = Simplified(typed);
        var known = regions.Where(r => r.IsKnown).Distinct().ToList();
        if (known.Any(r => r.Matches(s))) return s;
        var names = known.SelectMany(r => new[] { r.Province, r.City, r.District })
            .OfType<string>().SelectMany(n => new[] { n, Model.Region.ShortForm(n) }).Distinct().ToList();
        var shortNames = names.Where(n => !known.Any(r => r.Province == n || r.City == n || r.District == n)).Order(StringComparer.Ordinal).ToList();
        throw Unknown($"没有地区“{typed}”", s, shortNames.Count > 0 ? shortNames : names, names, field);
    }

    /// <summary>"没有地区“清原”。是否指：清远？", or the valid names when none is near.</summary>
    private static CqoDocsException Unknown(string what, string typed, IReadOnlyList<string> valid, IEnumerable<string> candidates, string field)
    {
        var nearest = NearestNames.To(typed, candidates);
        var hint = nearest.Count > 0 ? $"是否指：{string.Join("、", nearest)}？"
            : valid.Count == 0 ? "语料库中没有可选的名称。"
            : $"可用：{string.Join("、", valid.Take(12))}{(valid.Count > 12 ? "…" : "")}";
        return new CqoDocsException($"{what}。{hint}", field: field);
    }

    internal static string Simplified(string typed) => ScriptTable.Default.ToSimplified(typed.Trim());
}
