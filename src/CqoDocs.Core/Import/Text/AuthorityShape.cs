using System.Text.RegularExpressions;

namespace CqoDocs.Core.Import.Text;

/// <summary>What the name of an issuing body looks like: a short line ending with an organisation word.</summary>
internal static partial class AuthorityShape
{
    [GeneratedRegex(@"(?:人民政府|政府|办公室|办公厅|委员会|管理委员会|管委会|领导小组|小组|联席会议|局|厅|委|署|院|部|办|中心|协会|学会|联合会|商会|研究会|促进会|公司|集团|分局|支局|处|科|站|所|队|总局|总队|(?:人民)?检察院|法院)$")]
    private static partial Regex OrganisationEnding();

    [GeneratedRegex(@"^(?:[\p{IsCJKUnifiedIdeographs}（）()、·]+)$")]
    private static partial Regex NameCharacters();

    /// <summary>Whether <paramref name="folded"/> (Simplified) reads as an organisation's name.</summary>
    public static bool LooksLikeAuthority(string folded)
    {
        var s = folded.Trim();
        if (s.Length is < 3 or > 40) return false;
        if (!NameCharacters().IsMatch(s)) return false;
        return OrganisationEnding().IsMatch(s);
    }

    /// <summary>A line of one or more authority names separated by spaces (a joint signature).</summary>
    public static bool LooksLikeAuthorities(string folded) =>
        folded.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } parts && parts.All(LooksLikeAuthority);
}
