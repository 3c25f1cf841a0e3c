using CqoDocs.Core.Import.Text;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Import.Metadata;

/// <summary>
/// Traditional or Simplified, by counting the Han characters that exist only in Traditional script (those
/// OpenCC's table changes). Simplified text has none; Traditional text has one in four or five. A few
/// percent allows for quoted names and the odd character a converter missed.
/// </summary>
internal sealed class ScriptDetector : IImportStep
{
    private const double TraditionalShare = 0.03;

    public void Run(ImportDraft draft)
    {
        var table = ScriptTable.Default;
        int han = 0, traditional = 0;
        foreach (var text in draft.Units.Select(u => u.Heading + u.Text).Append(draft.Layout.Title ?? ""))
        {
            foreach (var c in text)
            {
                if (!ChineseText.IsHan(c)) continue;
                han++;
                if (table.IsTraditional(c)) traditional++;
            }
        }
        draft.Script = traditional >= 3 && traditional >= han * TraditionalShare ? Script.Traditional : Script.Simplified;
    }
}
