using System.Text.RegularExpressions;

namespace CqoDocs.Core.Import.Structure;

/// <summary>News bylines and datelines: "□杨蓉 朱浙", "记者 张三 通讯员 李四", "本报讯（记者刘浩）", "文/王五".</summary>
internal static partial class Byline
{
    [GeneratedRegex(@"^(?:[□■◇◆●○]\s*\S|(?:本报|本刊|本网)?(?:记者|通讯员|实习生|特约记者|撰稿|作者|文|图)\s*[/：:｜|]?\s*[\u4E00-\u9FFF]{2,4}(?:\s|$)|文[/／]|[（(]?(?:记者|通讯员))")]
    private static partial Regex Lead();

    /// <summary>"本报记者张三通讯员李四" once the spaces are gone: roles and two-to-four-character names to the end.</summary>
    [GeneratedRegex(@"^(?:(?:本报|本刊|本网|新华社)?(?:特约)?(?:记者|通讯员|实习生|摄影|撰稿|作者)[\s：:/、，,]*(?:[\u4E00-\u9FFF]{2,4}[\s、，,]*){1,3}){1,3}$")]
    private static partial Regex Credits();

    /// <summary>A subtitle under a headline: "——记某某公司首席质量官王芳".</summary>
    [GeneratedRegex(@"^(?:——|—|--)\s*\S")]
    private static partial Regex Subtitle();

    /// <summary>"中国消费者报上海讯（记者刘浩）", "新华社北京9月7日电": the dateline that opens a news report.</summary>
    [GeneratedRegex(@"^[\u4E00-\u9FFF]{0,16}(?:讯|电)\s*[（(][^（）()]{0,24}(?:记者|通讯员|实习生)[^（）()]{0,24}[)）]|^[\u4E00-\u9FFF]{2,16}\d{1,2}月\d{1,2}日电|^(?:本报|本刊|本网)[\u4E00-\u9FFF]{0,8}讯")]
    private static partial Regex Dateline();

    public static bool IsByline(string folded) =>
        folded.Length <= 40 && (Lead().IsMatch(folded) || Credits().IsMatch(folded)) || folded.Length <= 60 && Subtitle().IsMatch(folded);

    /// <summary>The length of the dateline opening <paramref name="folded"/>, or 0.</summary>
    public static int DatelineLength(string folded)
    {
        var m = Dateline().Match(folded);
        return m.Success ? m.Length : 0;
    }
}
