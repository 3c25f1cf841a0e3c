using System.Text.RegularExpressions;
using CqoDocs.Core.Import.Text;
using CqoDocs.Core.Model;
using CqoDocs.Core.Requirements.Extractors;

namespace CqoDocs.Core.Requirements.Validity;

/// <summary>
/// A stated period of validity: 有效期2年, 试行期三年, 试行两年, 有效期为5年, 有效期至2020年12月31日,
/// 试行期限至2019年底 (the year's end).
/// </summary>
internal static partial class ValidityPeriodReader
{
    public sealed record Period(int? Months, DateOnly? Until, bool Trial, SourceSpan Source);

    [GeneratedRegex($@"(?<what>有效期限|有效期|试行期限|试行期|试行)\s*(?:为|是|暂定为|暂定)?\s*(?<n>{RequirementText.Number})\s*(?<unit>年|个月)")]
    private static partial Regex Length();

    [GeneratedRegex(@"(?<what>有效期|试行期|试行期限|施行期限|执行期|有效期限|试行|执行)\s*(?:为|是)?\s*(?:至|到|截至|截止到|截止至|截止)\s*(?<date>[0-9〇零一二三四五六七八九十]{4}\s*年(?:\s*[0-9〇零一二三四五六七八九十]{1,3}\s*月\s*[0-9〇零一二三四五六七八九十]{1,3}\s*[日号]|\s*底|\s*年底|末)?|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})")]
    private static partial Regex UntilDate();

    public static Period? Find(Document document)
    {
        foreach (var unit in document.Units)
        {
            var text = UnitText.Of(unit);
            if (Length().Match(text.Folded) is { Success: true } m && RequirementText.ParseNumber(m.Groups["n"].Value) is { } n and > 0)
            {
                var months = m.Groups["unit"].Value == "年" ? n * 12 : n;
                return new Period(months, null, m.Groups["what"].Value.StartsWith("试行", StringComparison.Ordinal), SourceSpan.Of(text, m.Index, m.Index + m.Length));
            }
            if (UntilDate().Match(text.Folded) is { Success: true } u && Date(u.Groups["date"].Value) is { } until)
            {
                return new Period(null, until, u.Groups["what"].Value.StartsWith("试行", StringComparison.Ordinal), SourceSpan.Of(text, u.Index, u.Index + u.Length));
            }
        }
        return null;
    }

    private static DateOnly? Date(string text)
    {
        if (ChineseDate.First(text) is { } exact) return exact;
        // A year alone (至2019年底, 至2019年): its last day.
        var year = ChineseNumber.Parse(text.AsSpan(0, 4));
        return year is >= 1949 and <= 2100 ? new DateOnly(year, 12, 31) : null;
    }
}
