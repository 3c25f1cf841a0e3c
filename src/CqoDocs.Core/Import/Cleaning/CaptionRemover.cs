using System.Text.RegularExpressions;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>
/// Drops photo captions in news pages: lines ending with 资料图片 / 供图 / 摄, or starting with 图为 / 图片：,
/// or a bracketed photographer's credit "（记者 张三 摄）"; inside the text, a short phrase standing alone in
/// brackets between paragraphs ("（培训现场）"), where a notice's bracketed notes (（试行）, （此件公开发布）) never
/// stand; below the text, a reporter's byline ("（记者 张三 通讯员 李四）", "文/王五"), also when it closes the last
/// sentence of a paragraph.
/// </summary>
internal sealed partial class CaptionRemover : LineRemover
{
    [GeneratedRegex(@"(?:资料图片?|图片来源[:：]?.{0,20}|供图|配图|(?:记者|通讯员|摄影师?)\s*\S{1,12}\s*摄|\s摄|摄影[:：]\s*\S{1,12}|新华社发|视觉中国|图/\S{0,12})[)）]?\s*$")]
    private static partial Regex CaptionEnd();

    [GeneratedRegex(@"^[(（]?(?:图为|图片[:：]|图[:：]|上图|下图|左图|右图|组图)")]
    private static partial Regex CaptionStart();

    [GeneratedRegex(@"^[(（][^()（）]{0,30}摄[)）]$")]
    private static partial Regex Credit();

    [GeneratedRegex(@"^[(（]([\u4E00-\u9FFF、·\s]{2,16})[)）]$")]
    private static partial Regex BracketedPhrase();

    /// <summary>Words of a notice's own bracketed notes, which are no captions.</summary>
    [GeneratedRegex(@"试行|暂行|草案|征求意见|修订|修正|此件|公开|发布|印发|通过|附件|续|完|略|注|代拟|废止|有效|全文|摘要|节选|以下|同上")]
    private static partial Regex NoteWord();

    /// <summary>A byline closing a paragraph: "…参加会议。（记者 张三 通讯员 李四）", "…。（文/王五）".</summary>
    [GeneratedRegex(@"(?<=[。！？”])\s*[（(]\s*(?:(?:本报|本台|本网)?(?:特约)?(?:记者|通讯员|实习生|撰稿|作者|文|图|文/图|文图)\s*[/：:]?\s*[\u4E00-\u9FFF·]{2,4}\s*){1,4}(?:摄|报道)?[)）]\s*$")]
    private static partial Regex TrailingByline();

    protected override string? Clean(LineView line, ImportDraft draft)
    {
        if (IsJunk(line)) return null;
        var byline = TrailingByline().Match(line.Folded);
        return byline.Success ? line.Text[..byline.Index] : line.Text;
    }

    protected override bool IsJunk(LineView line)
    {
        var text = line.Folded;
        if (text.Length > 100) return false;
        if (Credit().IsMatch(text) || CaptionStart().IsMatch(text)) return true;
        if (line.Place == LinePlace.Body && BracketedPhrase().Match(text) is { Success: true } phrase && !NoteWord().IsMatch(phrase.Groups[1].Value)
            && Structure.NumberingMarker.Parse(text) is null)
            return true;
        if (line.Place == LinePlace.Tail && Structure.Byline.IsByline(text.Trim('(', ')', '（', '）'))) return true;
        // A caption ends with the credit; a sentence that merely mentions photography ends with a full stop.
        return CaptionEnd().IsMatch(text) && !text.TrimEnd().EndsWith('。');
    }
}
