using System.Text.RegularExpressions;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Structure;

/// <summary>
/// Finds the signature under the body (authority over date) and moves it, with what follows it (抄送,
/// 印发 lines, publication notes) and the attachment notes just above it, out of the body into the tail.
/// Also sets aside the addressee line (主送机关) at the top of the body.
/// </summary>
internal sealed partial class SignatureLocator : IImportStep
{
    /// <summary>Notes below a text that belong to no unit: 附件, 抄送, 印发, （此件公开发布）, contacts.</summary>
    [GeneratedRegex(@"^(?:附件\s*\d*\s*[：:]|附件\s*\d*$|抄送|抄报|主送|印发|分送|（此件|\(此件|此件|联系人|联系电话|[（(]联系人|[（(]此件)")]
    private static partial Regex TailNote();

    [GeneratedRegex(@"^(?:各|全市|全省|全县|全区|市直|省直|区直|县直|市|省|县|区)?[^。；]{0,120}(?:人民政府|政府|部门|单位|机构|委员会|管委会|企业|局|厅|委|办|院|会|公司)[^。；]{0,30}[：:]$")]
    private static partial Regex Addressee();

    public void Run(ImportDraft draft)
    {
        var layout = draft.Layout;
        var body = layout.Body;
        var folded = body.Select(ScriptTable.Default.ToSimplified).ToList();

        if (body.Count > 0 && IsAddressee(folded[0]))
        {
            layout.Addressee = body[0];
            body.RemoveAt(0);
            folded.RemoveAt(0);
        }

        var block = SignatureReader.FindLast(folded, body, 0, body.Count);
        var cut = body.Count;
        if (block is { } b && !IsInsideText(folded, b))
        {
            layout.Signature = b.Signature;
            cut = b.Start;
        }
        else
        {
            // No signature: trailing notes still leave the body.
            while (cut > 0 && IsTailNote(folded[cut - 1])) cut--;
        }
        while (cut > 0 && IsTailNote(folded[cut - 1])) cut--;
        var signed = layout.Signature is not null && block is { } s ? (s.Start, s.End) : (-1, -1);
        for (var i = cut; i < body.Count; i++)
        {
            if (i < signed.Item1 || i >= signed.Item2) layout.Tail.Add(body[i]);
        }
        body.RemoveRange(cut, body.Count - cut);
    }

    public static bool IsAddressee(string folded) =>
        folded.Length <= 160 && Addressee().IsMatch(folded) && !folded.StartsWith("为", StringComparison.Ordinal)
        && NumberingMarker.Parse(folded) is null;

    private static bool IsTailNote(string folded) => folded.Length <= 200 && TailNote().IsMatch(folded) && NumberingMarker.Parse(folded) is null;

    /// <summary>A "signature" followed by more running text is a line inside the text (a dated heading, say).</summary>
    private static bool IsInsideText(IReadOnlyList<string> folded, SignatureReader.Block block)
    {
        for (var i = block.End; i < folded.Count; i++)
        {
            if (ChineseText.IsProse(folded[i]) && !IsTailNote(folded[i])) return true;
        }
        return false;
    }
}
