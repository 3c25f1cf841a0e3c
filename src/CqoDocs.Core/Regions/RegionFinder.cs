using System.Text.RegularExpressions;

namespace CqoDocs.Core.Regions;

/// <summary>A division named in a text: where, how long, and whether by a short form (清远 for 清远市).</summary>
internal readonly record struct RegionMention(IReadOnlyList<Division> Candidates, int Index, int Length, bool ShortForm)
{
    public int End => Index + Length;
}

/// <summary>
/// Finds the divisions a Simplified text names, by full name (清远市, 余杭区) or short form (清远, 广东,
/// 内蒙古, 延边). Short forms of counties are common words (城关, 新城) and count only when an office of
/// that county follows them (余杭市场监管局); a few city short forms that are everyday words (大同, 长治)
/// count only in their full form. Matching is leftmost-longest, so 吉林省 is never read as 吉林.
/// </summary>
internal sealed partial class RegionFinder
{
    private static readonly Lazy<RegionFinder> Bundled = new(() => new RegionFinder(Gazetteer.Default));

    /// <summary>City short forms that are also ordinary words or phrases.</summary>
    private static readonly HashSet<string> CommonWords = ["大同", "长治", "安康", "中山", "承德", "吉安", "永安", "海东", "海北", "海西", "黄南", "玉树", "阿里", "普洱", "和田", "白山", "黑河"];

    [GeneratedRegex(@"^(?:人民政府|政府|市场监|市场监督|质监|质量技术监督|质量强|区委|县委|市委|旗委|经信|工信|科技局|发改|财政局)")]
    private static partial Regex OfficeFollows();

    [GeneratedRegex(@"^(.{2,}?)(?:[\u4E00-\u9FFF]{1,4}族)+$")]
    private static partial Regex EthnicSuffix();

    private readonly Dictionary<char, List<(string Name, List<Division> Divisions, bool Short)>> _byFirst = [];

    public RegionFinder(Gazetteer gazetteer)
    {
        var names = new Dictionary<(string, bool), List<Division>>();
        void Add(string name, Division d, bool isShort)
        {
            if (name.Length < 2) return;
            if (!names.TryGetValue((name, isShort), out var list)) names[(name, isShort)] = list = [];
            list.Add(d);
        }
        foreach (var d in gazetteer.Divisions)
        {
            // Two-character county names (城区, 郊区, 赵县) are too common as words or too short to trust.
            if (d.Level == DivisionLevel.District && d.Name.Length <= 2) continue;
            Add(d.Name, d, false);
            if (ShortFormOf(d) is { } s && !CommonWords.Contains(s)) Add(s, d, true);
        }
        foreach (var ((name, isShort), list) in names)
        {
            // A full name beats a short form spelled the same (县 names such as 吉林 do not exist, but be safe).
            if (isShort && names.ContainsKey((name, false))) continue;
            if (!_byFirst.TryGetValue(name[0], out var bucket)) _byFirst[name[0]] = bucket = [];
            bucket.Add((name, list, isShort));
        }
        foreach (var bucket in _byFirst.Values) bucket.Sort((a, b) => b.Name.Length.CompareTo(a.Name.Length));
    }

    public static RegionFinder Default => Bundled.Value;

    /// <summary>The name without its administrative suffix, when what is left is still a name (2+ characters).</summary>
    public static string? ShortFormOf(Division d)
    {
        var name = d.Name;
        if (d.Level == DivisionLevel.District && (name.Contains("开发区") || name.Contains("园区") || name.Contains("新区") || name.Contains("管理区")))
            return null;
        string[] suffixes = d.Level switch
        {
            DivisionLevel.Province => ["壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "省", "市"],
            DivisionLevel.City => ["自治州", "地区", "盟", "市"],
            _ => ["自治县", "自治旗", "区", "县", "市", "旗"],
        };
        foreach (var suffix in suffixes)
        {
            if (!name.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = name[..^suffix.Length];
            if (suffix.StartsWith('自') && EthnicSuffix().Match(stem) is { Success: true } m) stem = m.Groups[1].Value;
            return stem.Length >= 2 ? stem : null;
        }
        return null;
    }

    /// <summary>Every mention in <paramref name="folded"/>, left to right, without overlaps.</summary>
    public List<RegionMention> Find(string folded)
    {
        var found = new List<RegionMention>();
        var i = 0;
        while (i < folded.Length)
        {
            if (!_byFirst.TryGetValue(folded[i], out var bucket))
            {
                i++;
                continue;
            }
            RegionMention? hit = null;
            foreach (var (name, divisions, isShort) in bucket)
            {
                if (string.CompareOrdinal(folded, i, name, 0, name.Length) != 0) continue;
                var after = folded.AsSpan(i + name.Length, Math.Min(8, folded.Length - i - name.Length));
                var officeFollows = isShort && OfficeFollows().IsMatch(after);
                var usable = isShort ? divisions.Where(d => d.Level != DivisionLevel.District || officeFollows).ToList() : divisions;
                if (usable.Count == 0) continue;
                hit = new RegionMention(usable, i, name.Length, isShort);
                break;
            }
            if (hit is { } h)
            {
                found.Add(h);
                i = h.End;
            }
            else
            {
                i++;
            }
        }
        return found;
    }
}
