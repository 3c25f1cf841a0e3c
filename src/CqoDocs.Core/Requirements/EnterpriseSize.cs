using System.Text.RegularExpressions;

namespace CqoDocs.Core.Requirements;

/// <summary>The enterprise sizes a rule applies to (大型、中型、小型、微型); <see cref="Any"/> when the rule does not say.</summary>
[Flags]
public enum EnterpriseSize
{
    Any = 0,
    Large = 1,
    Medium = 2,
    Small = 4,
    Micro = 8,
}

public static partial class EnterpriseSizes
{
    /// <summary>Size words as notices write them, longest first so 大中型 wins over 中型.</summary>
    [GeneratedRegex("大中型|大、中型|大型|中型|中小微|中小型|中小|小微型|小微|小型|微型")]
    public static partial Regex Pattern();

    public static EnterpriseSize Parse(string word) => word switch
    {
        "大中型" or "大、中型" => EnterpriseSize.Large | EnterpriseSize.Medium,
        "大型" => EnterpriseSize.Large,
        "中型" => EnterpriseSize.Medium,
        "中小微" or "中小型" or "中小" => EnterpriseSize.Medium | EnterpriseSize.Small | EnterpriseSize.Micro,
        "小微型" or "小微" => EnterpriseSize.Small | EnterpriseSize.Micro,
        "小型" => EnterpriseSize.Small,
        "微型" => EnterpriseSize.Micro,
        _ => EnterpriseSize.Any,
    };

    /// <summary>A candidate's enterprise size as a user writes it: 大型/大/large, 中型, 小型, 微型, 小微…</summary>
    public static EnterpriseSize? ParseProfile(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim().TrimEnd('企', '业').ToLowerInvariant();
        return t switch
        {
            "大" or "大型" or "large" => EnterpriseSize.Large,
            "中" or "中型" or "medium" => EnterpriseSize.Medium,
            "小" or "小型" or "small" => EnterpriseSize.Small,
            "微" or "微型" or "micro" => EnterpriseSize.Micro,
            _ => Parse(t) is var s and not EnterpriseSize.Any ? s : null,
        };
    }

    public static string Label(this EnterpriseSize size) => size switch
    {
        EnterpriseSize.Any => "",
        EnterpriseSize.Large | EnterpriseSize.Medium => "大中型企业",
        EnterpriseSize.Medium | EnterpriseSize.Small | EnterpriseSize.Micro => "中小企业",
        EnterpriseSize.Small | EnterpriseSize.Micro => "小微企业",
        EnterpriseSize.Large => "大型企业",
        EnterpriseSize.Medium => "中型企业",
        EnterpriseSize.Small => "小型企业",
        EnterpriseSize.Micro => "微型企业",
        _ => string.Join("、", Enum.GetValues<EnterpriseSize>().Where(s => s != EnterpriseSize.Any && size.HasFlag(s)).Select(s => s.Label())),
    };

    /// <summary>Whether a rule scoped to <paramref name="scope"/> applies to an enterprise of <paramref name="size"/>.</summary>
    public static bool Covers(this EnterpriseSize scope, EnterpriseSize size) => scope == EnterpriseSize.Any || (scope & size) != 0;
}
