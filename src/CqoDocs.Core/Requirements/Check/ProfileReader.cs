using System.Globalization;
using CqoDocs.Core.Templates;

namespace CqoDocs.Core.Requirements.Check;

/// <summary>
/// Reads candidate profiles from YAML or JSON: one map, or a list of maps for several candidates. Field
/// names in English or Chinese (education/学历, years/质量工作年限, certificates/证书, titles/职称,
/// trained/任职培训, hoursPerYear/继续教育学时, enterpriseSize/企业规模, noBars/无不得担任情形, name/姓名,
/// enterprise/企业). An unreadable value is reported with the file and the field; a field it does not use
/// (年龄, 编号…) is kept in <see cref="CandidateProfile.UnusedFields"/> for the caller to mention.
/// </summary>
public static class ProfileReader
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = "name", ["姓名"] = "name",
        ["enterprise"] = "enterprise", ["企业"] = "enterprise", ["单位"] = "enterprise",
        ["education"] = "education", ["degree"] = "education", ["学历"] = "education", ["学位"] = "education", ["最高学历"] = "education",
        ["years"] = "years", ["qualityYears"] = "years", ["experience"] = "years", ["experienceYears"] = "years", ["qualityWorkYears"] = "years",
        ["质量工作年限"] = "years", ["质量管理工作年限"] = "years", ["从事质量工作年限"] = "years", ["年限"] = "years", ["工作年限"] = "years",
        ["certificates"] = "certificates", ["certs"] = "certificates", ["titles"] = "certificates", ["qualifications"] = "certificates",
        ["证书"] = "certificates", ["职称"] = "certificates", ["资格"] = "certificates", ["资格证书"] = "certificates", ["证书与职称"] = "certificates",
        ["trained"] = "trained", ["training"] = "trained", ["onboarding"] = "trained", ["completed"] = "trained", ["任职培训"] = "trained", ["已参加任职培训"] = "trained", ["培训"] = "trained",
        ["hoursPerYear"] = "hoursPerYear", ["continuingEducationHours"] = "hoursPerYear", ["continuingEducation"] = "hoursPerYear",
        ["继续教育学时"] = "hoursPerYear", ["继续教育"] = "hoursPerYear", ["每年继续教育学时"] = "hoursPerYear",
        ["enterpriseSize"] = "enterpriseSize", ["size"] = "enterpriseSize", ["企业规模"] = "enterpriseSize", ["规模"] = "enterpriseSize",
        ["noBars"] = "noBars", ["clean"] = "noBars", ["无不得担任情形"] = "noBars",
    };

    public static IReadOnlyList<CandidateProfile> Load(string path)
    {
        if (!File.Exists(path)) throw new CqoDocsException("找不到候选人资料文件", file: path);
        return DataFile.Load(path).Entries.Select((e, i) => Read(e, path, i)).ToList();
    }

    public static CandidateProfile Read(IReadOnlyDictionary<string, object?> entry, string source, int index = 0)
    {
        var profile = new CandidateProfile();
        var certificates = new List<string>();
        var sawCertificates = false;
        var unused = new List<string>();
        foreach (var (key, value) in entry)
        {
            if (!Fields.TryGetValue(key.Trim(), out var field))
            {
                unused.Add(Where(key, index));
                continue;
            }
            if (value is null) continue;
            var where = Where(key, index);
            if (value is IReadOnlyDictionary<string, object?> nested)
            {
                // training: { 任职培训: 是, 继续教育学时: 40 } — the inner fields count as if given at the top.
                var inner = Read(nested, source, index);
                profile = profile with
                {
                    Trained = inner.Trained ?? profile.Trained,
                    HoursPerYear = inner.HoursPerYear ?? profile.HoursPerYear,
                    Years = inner.Years ?? profile.Years,
                    Education = inner.Education ?? profile.Education,
                };
                if (inner.Certificates is { } more) certificates.AddRange(more);
                sawCertificates |= inner.Certificates is not null;
                unused.AddRange(inner.UnusedFields);
                continue;
            }
            profile = field switch
            {
                "name" => profile with { Name = Text(value, source, where) },
                "enterprise" => profile with { Enterprise = Text(value, source, where) },
                "education" => profile with { Education = EducationLevels.Parse(Text(value, source, where)) ?? throw Bad(source, where, "读不懂学历（可写：研究生、大学本科、大专、中专、高中）") },
                "years" => profile with { Years = Number(value, source, where) },
                "hoursPerYear" => profile with { HoursPerYear = (int)Number(value, source, where) },
                "trained" => profile with { Trained = Flag(value, source, where, noneMeans: false) },
                "noBars" => profile with { NoBars = Flag(value, source, where, noneMeans: true) },
                "enterpriseSize" => profile with { EnterpriseSize = EnterpriseSizes.ParseProfile(Text(value, source, where)) ?? throw Bad(source, where, "读不懂企业规模（可写：大型、中型、小型、微型）") },
                _ => profile,
            };
            if (field == "certificates")
            {
                sawCertificates = true;
                certificates.AddRange(List(value, source, where));
            }
        }
        profile = profile with { UnusedFields = unused };
        return sawCertificates ? profile with { Certificates = certificates } : profile;
    }

    private static string Where(string key, int index) => index == 0 ? key : $"第 {index + 1} 项.{key}";

    private static CqoDocsException Bad(string source, string field, string message) => new(message, file: source, field: field);

    private static string Text(object value, string source, string field) =>
        value as string ?? (value is bool b ? (b ? "true" : "false") : throw Bad(source, field, "应当是一个值，不是列表或集合"));

    private static double Number(object value, string source, string field)
    {
        var text = Text(value, source, field).Trim().TrimEnd('年', '学', '时', '小').Trim();
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= 0) return n;
        var chinese = Import.Text.ChineseNumber.Parse(text);
        return chinese >= 0 ? chinese : throw Bad(source, field, $"应当是一个数（如 5），而不是“{text}”");
    }

    /// <param name="noneMeans">What 无 answers: "无不得担任情形: 无" is a yes, "任职培训: 无" a no.</param>
    private static bool Flag(object value, string source, string field, bool noneMeans)
    {
        if (value is bool b) return b;
        var text = Text(value, source, field).Trim();
        var lower = text.ToLowerInvariant();
        if (lower is "无" or "没有") return noneMeans;
        if (lower is "true" or "yes" or "y" or "1") return true;
        if (lower is "false" or "no" or "n" or "0") return false;
        if (lower.IndexOfAny(['未', '没', '否', '不']) >= 0) return false;
        if (lower.IndexOfAny(['是', '已', '有']) >= 0 || lower.Contains("合格") || lower.Contains("通过") || lower.Contains("完成")) return true;
        throw Bad(source, field, $"应当是 是/否（true/false），而不是“{text}”");
    }

    private static IEnumerable<string> List(object value, string source, string field) => value switch
    {
        string s => s.Split(['、', ',', '，', ';', '；'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        IEnumerable<object?> items => items.Select(i => i is null ? "" : Text(i, source, field)).Where(s => s.Length > 0),
        _ => throw Bad(source, field, "应当是证书名称，或证书名称的列表"),
    };
}
