using System.Text.RegularExpressions;

namespace CqoDocs.Core.Import.Text;

/// <summary>What the title of an official document looks like: it ends with the name of its kind.</summary>
internal static partial class TitleShape
{
    /// <summary>Words a document title ends with (before a bracketed note such as （试行）).</summary>
    [GeneratedRegex(@"(?:通知|通报|通告|公告|意见|办法|方案|规定|细则|规则|规范|标准|指南|指引|决定|纲要|规划|计划|制度|条例|决议|批复|函|报告|要点|措施|守则|准则|导则|要求|实施意见|指导意见|暂行办法|管理办法)$")]
    private static partial Regex KindWordEnding();

    [GeneratedRegex(@"(?:[（(][^（）()]{1,12}[)）])+$")]
    private static partial Regex TrailingNote();

    /// <summary>The title without its trailing bracketed notes: 管理办法（试行） → 管理办法.</summary>
    public static string WithoutNotes(string folded) => TrailingNote().Replace(folded.Trim(), "");

    /// <summary>The category line on a standard's cover (浙江省地方标准, 中华人民共和国国家标准): not its title.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9/ \u4E00-\u9FFF]{0,16}?(?:地方|团体|行业|国家|企业)标准$")]
    private static partial Regex StandardCategory();

    [GeneratedRegex(@"^[\u4E00-\u9FFFA-Za-z0-9·]{2,16}(?:网|网站|门户|门户网站|政府网|官网|报|日报|晚报|杂志|电视台|频道|客户端|公众号)$")]
    private static partial Regex Masthead();

    /// <summary>A site's, paper's or channel's name (某市人民政府门户网站, 中国消费者报): never a title or headline.</summary>
    public static bool IsMasthead(string folded) => Masthead().IsMatch(folded.Trim());

    /// <summary>
    /// A slogan in a page's banner: parallel phrases of equal length ("以质取胜 质量强市", "质量第一，诚信为本"),
    /// none of them naming a kind of document.
    /// </summary>
    public static bool IsSlogan(string folded)
    {
        var parts = folded.Split([' ', '，', ',', '·', '、', '！', '!'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2) return false;
        var length = parts[0].Length;
        return length is >= 4 and <= 8 && parts.All(p => p.Length == length && ChineseText.CountHan(p) == p.Length && !KindWordEnding().IsMatch(p));
    }

    /// <summary>Whether <paramref name="folded"/> (Simplified, one line) reads as a document's title.</summary>
    public static bool LooksLikeTitle(string folded)
    {
        var s = folded.Trim();
        if (s.Length is < 5 or > 120 || s.Contains('。') || s.EndsWith('：') || s.EndsWith(':')) return false;
        if (DocumentNumberPattern.WholeLineNumber(s) is not null || ChineseDate.Whole(s) is not null) return false;
        if (StandardCategory().IsMatch(s)) return false;
        return KindWordEnding().IsMatch(WithoutNotes(s).TrimEnd('》', '”', '"'));
    }
}
