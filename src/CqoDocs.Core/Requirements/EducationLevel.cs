namespace CqoDocs.Core.Requirements;

/// <summary>Education levels in rising order.</summary>
public enum EducationLevel
{
    Secondary = 1,
    College = 2,
    Bachelor = 3,
    Master = 4,
    Doctorate = 5,
}

public static class EducationLevels
{
    public static string ChineseName(this EducationLevel level) => level switch
    {
        EducationLevel.Secondary => "中专/高中",
        EducationLevel.College => "大专",
        EducationLevel.Bachelor => "大学本科",
        EducationLevel.Master => "研究生",
        EducationLevel.Doctorate => "博士研究生",
        _ => level.ToString(),
    };

    /// <summary>The level a word names: 本科, 大学本科, 专科, 大专, 硕士, 研究生, 中专, 高中… (Simplified script), or null.</summary>
    public static EducationLevel? Parse(string? word)
    {
        if (string.IsNullOrWhiteSpace(word)) return null;
        var w = word.Trim().ToLowerInvariant();
        if (w.Contains("博士") || w is "doctorate" or "phd") return EducationLevel.Doctorate;
        if (w.Contains("硕士") || w.Contains("研究生") || w is "master") return EducationLevel.Master;
        if (w.Contains("本科") || w.Contains("学士") || w is "bachelor") return EducationLevel.Bachelor;
        if (w.Contains("大专") || w.Contains("专科") || w.Contains("高职") || w is "college") return EducationLevel.College;
        if (w.Contains("中专") || w.Contains("中职") || w.Contains("中等") || w.Contains("高中") || w.Contains("技校") || w is "secondary") return EducationLevel.Secondary;
        return null;
    }
}
