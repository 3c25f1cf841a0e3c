namespace CqoDocs.Core.Model;

/// <summary>The subjects an article can speak of (../docs/DOMAIN.md); a unit may carry several.</summary>
public static class Topic
{
    public const string Duties = "duties";
    public const string Qualifications = "qualifications";
    public const string Powers = "powers";
    public const string Appointment = "appointment";
    public const string Training = "training";
    public const string Evaluation = "evaluation";
    public const string Conduct = "conduct";
    public const string Dismissal = "dismissal";
    public const string Liability = "liability";
    public const string Incentives = "incentives";
    public const string Goals = "goals";
    public const string Measures = "measures";

    public static readonly IReadOnlyList<string> All =
    [
        Duties, Qualifications, Powers, Appointment, Training, Evaluation,
        Conduct, Dismissal, Liability, Incentives, Goals, Measures,
    ];

    /// <summary>The Chinese name a user reads (职责, 任职条件 …).</summary>
    public static readonly IReadOnlyDictionary<string, string> ChineseNames = new Dictionary<string, string>
    {
        [Duties] = "职责",
        [Qualifications] = "任职条件",
        [Powers] = "权限",
        [Appointment] = "岗位设置与聘任",
        [Training] = "培训与继续教育",
        [Evaluation] = "评价与考核",
        [Conduct] = "行为规范",
        [Dismissal] = "解除聘任",
        [Liability] = "法律责任",
        [Incentives] = "激励与表彰",
        [Goals] = "工作目标",
        [Measures] = "工作措施",
    };

    /// <summary>Accepts a key (duties) or a Chinese name (职责); null when it is neither.</summary>
    public static string? Resolve(string? nameOrKey)
    {
        if (string.IsNullOrWhiteSpace(nameOrKey)) return null;
        var s = nameOrKey.Trim();
        if (All.Contains(s, StringComparer.OrdinalIgnoreCase)) return s.ToLowerInvariant();
        return ChineseNames.FirstOrDefault(kv => kv.Value == s || kv.Value.Split('与').Contains(s)).Key;
    }
}
