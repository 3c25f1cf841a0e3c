using System.Text.RegularExpressions;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>
/// Drops the site footer: lines with licence and filing numbers (ICP备, 公网安备, 网站标识码), copyright and
/// sponsor lines (版权所有, 主办单位, 技术支持), reprint disclaimers (本文仅代表作者观点, 转载请注明出处), the address
/// and telephone lines standing next to them, and a run of contact lines closing the page when it gives the
/// site's address or hotline (a notice's own contact line names a person: 联系人).
/// </summary>
internal sealed partial class SiteFooterRemover : IImportStep
{
    /// <summary>Marks no document text carries: licence and filing numbers, copyright.</summary>
    [GeneratedRegex(@"ICP[备证]|ICP\s*\d|公网安备|网安备\d|网站标识码|版权所有|版权声明|Copyright|©|\(c\)\s*\d{4}|政府网站找错|违法和不良信息|仅代表作者(?:本人|个人)?(?:的)?观点|不代表本(?:网|站|平台|报|刊)|转载请注明|如有侵权|侵权请?联系|版权归原作者|未经(?:授权|许可)(?:禁止|不得)转载", RegexOptions.IgnoreCase)]
    private static partial Regex StrongMark();

    /// <summary>Marks a notice might also use (主办单位 of a training course): trusted only outside the prose.</summary>
    [GeneratedRegex(@"主办单位|主办[:：]|承办单位|承办[:：]|技术支持|维护单位|网站维护|运维单位|网站地图|联系我们|关于我们|隐私政策|建议使用|分辨率|浏览器|网站纠错|免责声明|举报电话|举报邮箱|网站声明", RegexOptions.IgnoreCase)]
    private static partial Regex WeakMark();

    [GeneratedRegex(@"^(?:[\s|｜]*(?:地址|通讯地址|联系地址|单位地址|办公地址|电话|联系电话|办公电话|咨询电话|投诉电话|举报电话|监督电话|值班电话|服务热线|热线电话|热线|传真|邮编|邮政编码|邮箱|电子邮箱|E-?mail|网址|联系人)\s*[:：][^|｜]*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex ContactLine();

    /// <summary>What only a site's own contact block gives: its address, postcode, hotline or web address.</summary>
    [GeneratedRegex(@"地址|邮编|邮政编码|热线|网址")]
    private static partial Regex SiteContact();

    public void Run(ImportDraft draft)
    {
        var lines = draft.Lines;
        var junk = new bool[lines.Count];
        var folded = lines.Select(Text.ScriptTable.Default.ToSimplified).ToList();
        var span = LineRemover.ProseSpan(folded, draft.Page.Title);
        for (var i = 0; i < lines.Count; i++)
        {
            if (folded[i].Length > 200) continue;
            junk[i] = StrongMark().IsMatch(folded[i])
                || LineRemover.PlaceOf(i, span) != LinePlace.Body && WeakMark().IsMatch(folded[i]);
        }
        // Contact lines belong to the footer only when they stand beside a footer line.
        var changed = true;
        while (changed)
        {
            changed = false;
            for (var i = 0; i < lines.Count; i++)
            {
                if (junk[i] || lines[i].Length > 120) continue;
                var besideFooter = i > 0 && junk[i - 1] || i + 1 < lines.Count && junk[i + 1];
                if (besideFooter && ContactLine().IsMatch(folded[i]))
                {
                    junk[i] = changed = true;
                }
            }
        }
        MarkClosingContactRun(folded, junk);
        draft.Lines = lines.Where((_, i) => !junk[i]).ToList();
    }

    /// <summary>The contact lines (and footer lines) the page ends with, when they give the site's address or hotline and name no person.</summary>
    private static void MarkClosingContactRun(List<string> folded, bool[] junk)
    {
        var start = folded.Count;
        while (start > 0 && (junk[start - 1] || folded[start - 1].Length <= 120 && ContactLine().IsMatch(folded[start - 1]))) start--;
        var run = Enumerable.Range(start, folded.Count - start).Where(i => !junk[i]).ToList();
        if (run.Count == 0 || run.Any(i => folded[i].Contains("联系人", StringComparison.Ordinal)) || !run.Any(i => SiteContact().IsMatch(folded[i]))) return;
        foreach (var i in run) junk[i] = true;
    }
}
