using System.Text.RegularExpressions;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Structure;

/// <summary>
/// Finds the signature under the body (authority over date) and moves it, with what follows it (抄送,
/// 印发 lines, publication notes, attachments such as forms after an "附件1" mark) and the attachment notes
/// just above it, out of the body into the tail.
/// </summary>
internal sealed partial class SignatureLocator : IImportStep
{
    /// <summary>Notes below a text that belong to no unit: 附件, 抄送, 印发, （此件公开发布）, contacts.</summary>
    [GeneratedRegex(@"^(?:附件\s*\d*\s*[：:]|附件\s*\d*$|抄送|抄报|主送|印发|分送|（此件|\(此件|此件|联系人|联系电话|[（(]联系人|[（(]此件)")]
    private static partial Regex TailNote();

    /// <summary>The mark that opens an attachment after the signature: "附件", "附件2", "附件1：推荐表".</summary>
    [GeneratedRegex(@"^附件\s*\d*\s*(?:[：:]\s*[^。，；]{0,40})?$")]
    private static partial Regex AnnexMark();

    public void Run(ImportDraft draft)
    {
        var layout = draft.Layout;
        var body = layout.Body;
        var folded = body.Select(ScriptTable.Default.ToSimplified).ToList();
        var annex = AnnexStart(folded);
        if (annex < body.Count)
        {
            layout.Tail.AddRange(body.Skip(annex));
            body.RemoveRange(annex, body.Count - annex);
            folded.RemoveRange(annex, folded.Count - annex);
        }

        var block = SignatureReader.FindLast(folded, body, 0, body.Count);
        var cut = body.Count;
        if (block is { } b && !IsInsideText(folded, b))
        {
            layout.Signature = b.Signature;
            cut = b.Start;
        }
        // Notes just above the signature (or ending an unsigned text) leave the body too.
        while (cut > 0 && IsTailNote(folded[cut - 1])) cut--;
        cut = AttachmentListStart(folded, cut);
        var signed = layout.Signature is not null && block is { } s ? (s.Start, s.End) : (-1, -1);
        var tail = new List<string>();
        for (var i = cut; i < body.Count; i++)
        {
            if (i < signed.Item1 || i >= signed.Item2) tail.Add(body[i]);
        }
        layout.Tail.InsertRange(0, tail);
        body.RemoveRange(cut, body.Count - cut);
    }

    /// <summary>
    /// The first attachment mark that follows a signature (within a few lines): attachments after the
    /// signature (forms, lists) are no part of the text. The body's length when there is none.
    /// </summary>
    private static int AnnexStart(IReadOnlyList<string> folded)
    {
        for (var i = 1; i < folded.Count; i++)
        {
            if (!AnnexMark().IsMatch(folded[i].Trim())) continue;
            for (var j = i - 1; j >= Math.Max(0, i - 4); j--)
            {
                if (SignatureReader.IsDateLine(folded[j]) || ChineseDate.EndsWithDate(folded[j], out _)) return i;
            }
        }
        return folded.Count;
    }

    /// <summary>"附件：1.推荐表" followed by "2.汇总表" …: the whole list leaves the body, not only its first line.</summary>
    private static int AttachmentListStart(IReadOnlyList<string> folded, int cut)
    {
        for (var i = cut - 1; i >= Math.Max(0, cut - 8); i--)
        {
            var line = folded[i];
            if (line.Length > 60 || line.Contains('。')) return cut;
            if (line.StartsWith("附件", StringComparison.Ordinal)) return i;
        }
        return cut;
    }

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
