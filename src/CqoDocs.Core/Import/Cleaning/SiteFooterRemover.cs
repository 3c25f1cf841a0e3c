using System.Text.RegularExpressions;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>
/// Drops the site footer: lines with licence and filing numbers (ICP备, 公网安备, 网站标识码), copyright and
/// sponsor lines (版权所有, 主办单位, 技术支持), and the address and telephone lines standing next to them.
/// </summary>
internal sealed partial class SiteFooterRemover : IImportStep
{
    /// <summary>Marks no document text carries: licence and filing numbers, copyright.</summary>
    [GeneratedRegex(@"ICP[备证]|ICP\s*\d|公网安备|网安备\d|网站标识码|版权所有|版权声明|Copyright|©|\(c\)\s*\d{4}|政府网站找错|违法和不良信息", RegexOptions.IgnoreCase)]
    private static partial Regex StrongMark();

    /// <summary>Marks a notice might also use (主办单位 of a training course): trusted only outside the prose.</summary>
    [GeneratedRegex(@"主办单位|主办[:：]|承办单位|承办[:：]|技术支持|维护单位|网站维护|运维单位|网站地图|联系我们|关于我们|隐私政策|建议使用|分辨率|浏览器|网站纠错|免责声明|举报电话|举报邮箱|网站声明", RegexOptions.IgnoreCase)]
    private static partial Regex WeakMark();

    [GeneratedRegex(@"^(?:[\s|｜]*(?:地址|通讯地址|联系地址|电话|联系电话|传真|邮编|邮政编码|邮箱|电子邮箱|E-?mail|网址)\s*[:：][^|｜]*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex ContactLine();

    public void Run(ImportDraft draft)
    {
        var lines = draft.Lines;
        var junk = new bool[lines.Count];
        var folded = lines.Select(Text.ScriptTable.Default.ToSimplified).ToList();
        var span = LineRemover.ProseSpan(folded);
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
        draft.Lines = lines.Where((_, i) => !junk[i]).ToList();
    }
}
