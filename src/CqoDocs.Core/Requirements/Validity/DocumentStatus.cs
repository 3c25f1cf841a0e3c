namespace CqoDocs.Core.Requirements.Validity;

/// <summary>A document's legal status on a given day.</summary>
public enum DocumentStatus
{
    /// <summary>现行有效.</summary>
    InForce,
    /// <summary>尚未施行: its 施行日期 is still to come.</summary>
    NotYetInForce,
    /// <summary>试行期满: a trial measure whose stated period has run out.</summary>
    TrialExpired,
    /// <summary>有效期届满: a stated period of validity has run out.</summary>
    Expired,
    /// <summary>已被替代: a later document in the corpus repeals it in favour of itself (原…同时废止).</summary>
    Replaced,
    /// <summary>已废止: a document whose only purpose is repealing it (关于废止…的决定) says so.</summary>
    Repealed,
    /// <summary>不适用: a news report, not a rule.</summary>
    NotARule,
    /// <summary>无法判断: no date to go by.</summary>
    Unknown,
}

public static class DocumentStatuses
{
    public static string Key(this DocumentStatus status) => status switch
    {
        DocumentStatus.InForce => "in-force",
        DocumentStatus.NotYetInForce => "not-yet-in-force",
        DocumentStatus.TrialExpired => "trial-expired",
        DocumentStatus.Expired => "expired",
        DocumentStatus.Replaced => "replaced",
        DocumentStatus.Repealed => "repealed",
        DocumentStatus.NotARule => "not-a-rule",
        _ => "unknown",
    };

    /// <summary>The status a key names (in-force, repealed…), as a corpus file's <c>validity.status</c> writes it.</summary>
    public static bool TryParse(string? key, out DocumentStatus status)
    {
        foreach (var candidate in Enum.GetValues<DocumentStatus>())
        {
            if (string.Equals(candidate.Key(), key?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }
        status = DocumentStatus.Unknown;
        return false;
    }

    public static string AllKeys => string.Join(", ", Enum.GetValues<DocumentStatus>().Select(s => s.Key()));

    public static string ChineseName(this DocumentStatus status) => status switch
    {
        DocumentStatus.InForce => "现行有效",
        DocumentStatus.NotYetInForce => "尚未施行",
        DocumentStatus.TrialExpired => "试行期满",
        DocumentStatus.Expired => "有效期届满",
        DocumentStatus.Replaced => "已被替代",
        DocumentStatus.Repealed => "已废止",
        DocumentStatus.NotARule => "不适用（非规范性文件）",
        _ => "无法判断",
    };
}
