using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Metadata;

/// <summary>
/// 发文字号: from the page's information table, else a number standing on its own line in the head, the
/// cover or just below the title, else one sharing a head line with the authority's mark. Numbers quoted
/// inside the text (references to other documents) and licence or index numbers are never taken.
/// Normalised: brackets become 〔〕, no 第, no leading zeros (吉质联办[2013]010号 → 吉质联办〔2013〕10号).
/// </summary>
internal sealed class DocumentNumberExtractor : IImportStep
{
    public void Run(ImportDraft draft)
    {
        var layout = draft.Layout;
        draft.DocNumber = draft.Page.DocNumber
            ?? Standalone(layout.Head) ?? Standalone(layout.Subtitles) ?? Standalone(layout.Cover.Take(4))
            ?? InHead(layout.Head);
    }

    private static string? Standalone(IEnumerable<string> lines) =>
        lines.Select(DocumentNumberPattern.WholeLineNumber).FirstOrDefault(n => n is not null);

    /// <summary>"吉林省…办公室 吉质联办〔2013〕10号" or "签发人：张三 清府办〔2016〕5号": a number in a head line that is no sentence.</summary>
    private static string? InHead(IEnumerable<string> head)
    {
        foreach (var line in head)
        {
            if (ChineseText.IsProse(line) || line.Contains('《')) continue;
            var found = DocumentNumberPattern.FindAll(line).FirstOrDefault();
            if (found.Length > 0) return found.Number;
        }
        return null;
    }
}
