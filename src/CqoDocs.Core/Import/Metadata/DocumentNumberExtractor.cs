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
            ?? InHead(layout.Head) ?? Standard(layout.Head.Concat(layout.Subtitles))
            ?? StandardInTitle(draft.Page.Title, layout.Title);
    }

    /// <summary>For a standard, its number stands for the document number: "DB33/T 2305—2021", "DB1305/T 115—2024".</summary>
    private static string? Standard(IEnumerable<string> head) =>
        head.Select(StandardNumberPattern.Whole).FirstOrDefault(n => n is not null);

    /// <summary>A page may title a standard with its number: "DB32/T 4570—2023 企业首席质量官管理规范".</summary>
    private static string? StandardInTitle(params string?[] titles)
    {
        foreach (var title in titles)
        {
            if (title is null) continue;
            if (StandardNumberPattern.WithoutNumber(title) != title) return StandardNumberPattern.Find(title)!.Value.Number;
        }
        return null;
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
