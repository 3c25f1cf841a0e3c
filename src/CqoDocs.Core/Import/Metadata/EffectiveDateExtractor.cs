using System.Text.RegularExpressions;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Metadata;

/// <summary>
/// 施行日期, only when the text states one: "自2016年4月1日起施行" gives that date; "自公布之日起施行" the
/// day it was published; "自公布之日起30天后施行" that day plus 30 days (months likewise). The day of
/// 公布/发布/颁布 is the publication date when the page gives one, else the date signed; the day of
/// 印发/下发/签发 is the date signed, else the publication date.
/// </summary>
internal sealed partial class EffectiveDateExtractor : IImportStep
{
    private const string Numeral = "0-9〇零一二三四五六七八九十百两";

    [GeneratedRegex($@"[自于从]\s*((?:19|20|二〇|二零)[{Numeral}OoО]{{2}}\s*年\s*[{Numeral}]{{1,3}}\s*月\s*[{Numeral}]{{1,3}}\s*[日号]|(?:19|20)\d{{2}}[-/.]\d{{1,2}}[-/.]\d{{1,2}})\s*(?:起|开始)?\s*(?:施行|实施|执行|生效|试行|正式施行|正式实施)")]
    private static partial Regex OnDate();

    [GeneratedRegex($@"自\s*(?:本(?:办法|规定|细则|意见|方案|通知|规范|制度|文件))?\s*(公布|发布|颁布|印发|下发|签发|发文|出台)\s*之日起\s*(?:满\s*)?(?:([{Numeral}]{{1,4}})\s*(日|天|个月|月)\s*(?:后|以后|之后)?\s*)?(?:起\s*)?(?:施行|实施|执行|生效|试行)")]
    private static partial Regex FromEvent();

    public void Run(ImportDraft draft)
    {
        if (draft.Page.Effective is { } stated)
        {
            draft.Effective = stated;
            return;
        }
        var text = ScriptTable.Default.ToSimplified(string.Join("\n", draft.Units.Select(u => u.Text).Concat(draft.Layout.Cover)));
        var onDate = OnDate().Match(text);
        var fromEvent = FromEvent().Match(text);
        if (onDate.Success && (!fromEvent.Success || onDate.Index < fromEvent.Index))
        {
            draft.Effective = ChineseDate.First(onDate.Groups[1].Value);
            return;
        }
        if (!fromEvent.Success) return;
        var published = fromEvent.Groups[1].Value is "公布" or "发布" or "颁布" or "出台";
        DateOnly? start = published ? draft.Published ?? draft.Date : draft.Date ?? draft.Published;
        if (start is not { } day) return;
        if (!fromEvent.Groups[2].Success)
        {
            draft.Effective = day;
            return;
        }
        var n = ChineseNumber.Parse(fromEvent.Groups[2].Value);
        if (n < 0) return;
        draft.Effective = fromEvent.Groups[3].Value is "个月" or "月" ? day.AddMonths(n) : day.AddDays(n);
    }
}
