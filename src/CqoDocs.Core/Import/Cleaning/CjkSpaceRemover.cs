using System.Text;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>
/// Chinese is written without spaces: a space between two Chinese characters or marks is layout residue
/// ("第一条  为进一步", "关于印发 《…的 实施意见》") and goes. Spaces next to Latin letters or digits stay
/// ("ISO 26000", "办公室 2016年3月1日").
/// </summary>
internal sealed class CjkSpaceRemover : IImportStep
{
    public void Run(ImportDraft draft)
    {
        for (var i = 0; i < draft.Lines.Count; i++) draft.Lines[i] = Remove(draft.Lines[i]);
    }

    public static string Remove(string line)
    {
        if (!line.Contains(' ')) return line;
        var sb = new StringBuilder(line.Length);
        for (var k = 0; k < line.Length; k++)
        {
            var c = line[k];
            if (c != ' ')
            {
                sb.Append(c);
                continue;
            }
            var next = k + 1 < line.Length ? line[k + 1] : ' ';
            var previous = sb.Length > 0 ? sb[^1] : ' ';
            if (ChineseText.IsCjk(previous) && ChineseText.IsCjk(next)) continue;
            sb.Append(' ');
        }
        return sb.ToString();
    }
}
