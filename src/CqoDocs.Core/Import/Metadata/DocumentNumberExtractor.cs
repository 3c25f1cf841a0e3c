using System.Text.RegularExpressions;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Metadata;

/// <summary>
/// 发文字号: from the page's information table, else a number standing on its own line in the head, the
/// cover or just below the title, else one sharing a head line with the authority's mark. Numbers quoted
/// inside the text (references to other documents) and licence or index numbers are never taken.
/// Normalised: brackets become 〔〕, no 第, no leading zeros (吉质联办[2013]010号 → 吉质联办〔2013〕10号).
/// </summary>
internal sealed partial class DocumentNumberExtractor : IImportStep
{
    /// <summary>A standard's number on its cover: GB/T 19000—2016, DB33/T 2305—2021, T/ZZB 0123—2019.</summary>
    [GeneratedRegex(@"^((?:GB(?:/[TZ])?|DB\d{2}(?:/T)?|T/[A-Z0-9]{2,10}|Q/[A-Z0-9]{2,10}|[A-Z]{2}(?:/T)?))\s*(\d+(?:\.\d+)*)\s*[—–\-－]\s*((?:19|20)\d{2})$")]
    private static partial Regex StandardNumber();

    public void Run(ImportDraft draft)
    {
        var layout = draft.Layout;
        draft.DocNumber = draft.Page.DocNumber
            ?? Standalone(layout.Head) ?? Standalone(layout.Subtitles) ?? Standalone(layout.Cover.Take(4))
            ?? InHead(layout.Head) ?? Standard(layout.Head);
    }

    /// <summary>For a standard, its number stands for the document number: "DB33/T 2305—2021".</summary>
    private static string? Standard(IEnumerable<string> head)
    {
        foreach (var line in head)
        {
            var m = StandardNumber().Match(line.Trim());
            if (m.Success) return $"{m.Groups[1].Value} {m.Groups[2].Value}—{m.Groups[3].Value}";
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
