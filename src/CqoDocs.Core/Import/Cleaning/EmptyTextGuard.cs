using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>Stops a file with no Chinese text left after cleaning: it is not a notice, or it was garbled.</summary>
internal sealed class EmptyTextGuard : IImportStep
{
    private const int MinHan = 10;

    public void Run(ImportDraft draft)
    {
        var han = draft.Lines.Sum(l => ChineseText.CountHan(l));
        if (han < MinHan) throw draft.Fail("没有找到中文正文（文件是空的、只有网页框架，或编码错误）");
    }
}
