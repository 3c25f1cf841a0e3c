namespace CqoDocs.Core.Requirements.Check;

/// <summary>
/// Whether a candidate's certificates satisfy a certificate requirement. A title asked by rank (中级以上职称)
/// is met by any title of that rank or above (高级工程师, 中级质量工程师), in quality when the rule says so; a
/// named certificate (注册质量师, 质量工程师) by one of that name; 相关专业技术职称 by any title.
/// </summary>
internal static class CertificateMatcher
{
    public static string? FindMatch(Requirement requirement, IReadOnlyList<string> certificates)
    {
        var named = NamedKey(requirement.Value);
        foreach (var certificate in certificates)
        {
            var text = Import.Text.ScriptTable.Default.ToSimplified(certificate);
            var quality = text.Contains("质量");
            if (requirement.QualityOnly && !quality) continue;
            if (named is not null)
            {
                if (text.Contains(named) || named == "注册质量" && text.Contains("注册质量")) return certificate;
                if (named == "质量工程师" && quality && (text.Contains("工程师") || text.Contains("专业技术")) && Rank(text) >= (requirement.Rank ?? 1)) return certificate;
                continue;
            }
            if (Rank(text) is { } rank && rank >= (requirement.Rank ?? 1)) return certificate;
        }
        return null;
    }

    /// <summary>The name a named certificate must carry, or null for a title asked by rank.</summary>
    private static string? NamedKey(string value) =>
        value.Contains("注册质量") ? "注册质量"
        : value.Contains("质量工程师") || value.Contains("质量专业技术人员职业资格") ? "质量工程师"
        : value.Contains("审核员") ? "审核员"
        : value.Contains("黑带") ? "黑带"
        : value.Contains("绿带") ? "绿带"
        : null;

    /// <summary>1 初级/助理/技术员, 2 中级/工程师, 3 副高/高级, 4 正高/教授级; null when the text names no title.</summary>
    public static int? Rank(string text) =>
        text.Contains("正高") || text.Contains("教授级") ? 4
        : text.Contains("高级") || text.Contains("副高") ? 3
        : text.Contains("中级") ? 2
        : text.Contains("初级") || text.Contains("助理") || text.Contains("技术员") ? 1
        : text.Contains("工程师") || text.Contains("经济师") || text.Contains("会计师") || text.Contains("质量师") ? 2
        : text.Contains("职称") ? 1
        : null;
}
