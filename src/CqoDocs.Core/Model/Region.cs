namespace CqoDocs.Core.Model;

/// <summary>Where a document applies, by official full names (广东省 / 清远市 / 余杭区); any part may be unknown.</summary>
public sealed record Region(string? Province, string? City, string? District)
{
    public static readonly Region None = new(null, null, null);

    /// <summary>The most specific part known, for display: 余杭区, else 清远市, else 广东省.</summary>
    public string? Name => District ?? City ?? Province;

    public bool IsKnown => Name is not null;

    /// <summary>
    /// Whether a name a user types (清远, 清远市, 广东, 广东省清远市) names this region or a region containing it.
    /// Short forms match a full name they begin (清远 → 清远市) but not another place's (吉林 → 吉林省 and 吉林市 both).
    /// </summary>
    public bool Matches(string? query)
    {
        if (string.IsNullOrWhiteSpace(query)) return true;
        var q = query.Trim();
        var parts = new[] { Province, City, District }.Where(p => !string.IsNullOrEmpty(p)).Cast<string>().ToList();
        if (parts.Count == 0) return false;
        if (parts.Any(p => p == q || p.StartsWith(q, StringComparison.Ordinal) && q.Length >= 2)) return true;
        // A qualified name (广东省清远市, 广东清远): every part the user gave must be ours, in order.
        var rest = q;
        foreach (var part in parts)
        {
            var shortForm = ShortForm(part);
            if (rest.StartsWith(part, StringComparison.Ordinal)) rest = rest[part.Length..];
            else if (shortForm.Length >= 2 && rest.StartsWith(shortForm, StringComparison.Ordinal)) rest = rest[shortForm.Length..];
            if (rest.Length == 0) return true;
        }
        return false;
    }

    /// <summary>The name without its administrative suffix: 清远市 → 清远, 余杭区 → 余杭, 广西壮族自治区 → 广西.</summary>
    public static string ShortForm(string fullName)
    {
        string[] suffixes = ["壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区", "自治区", "自治州", "自治县", "地区", "林区", "盟", "省", "市", "区", "县", "旗"];
        foreach (var s in suffixes)
        {
            if (fullName.Length > s.Length + 1 && fullName.EndsWith(s, StringComparison.Ordinal)) return fullName[..^s.Length];
        }
        return fullName;
    }

    public override string ToString() =>
        string.Join("", new[] { Province, City, District }.Where(p => !string.IsNullOrEmpty(p)).Distinct());
}
