using System.Text.RegularExpressions;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>
/// Drops photo captions in news pages: lines ending with 资料图片 / 供图 / 摄, or starting with 图为 / 图片：,
/// or a bracketed photographer's credit "（记者 张三 摄）".
/// </summary>
internal sealed partial class CaptionRemover : LineRemover
{
    [GeneratedRegex(@"(?:资料图片?|图片来源[:：]?.{0,20}|供图|配图|(?:记者|通讯员|摄影师?)\s*\S{1,12}\s*摄|\s摄|摄影[:：]\s*\S{1,12}|新华社发|视觉中国|图/\S{0,12})[)）]?\s*$")]
    private static partial Regex CaptionEnd();

    [GeneratedRegex(@"^[(（]?(?:图为|图片[:：]|图[:：]|上图|下图|左图|右图|组图)")]
    private static partial Regex CaptionStart();

    [GeneratedRegex(@"^[(（][^()（）]{0,30}摄[)）]$")]
    private static partial Regex Credit();

    protected override bool IsJunk(LineView line)
    {
        var text = line.Folded;
        if (text.Length > 100) return false;
        if (Credit().IsMatch(text) || CaptionStart().IsMatch(text)) return true;
        // A caption ends with the credit; a sentence that merely mentions photography ends with a full stop.
        return CaptionEnd().IsMatch(text) && !text.TrimEnd().EndsWith('。');
    }
}
