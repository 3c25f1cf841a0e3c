using System.Text.RegularExpressions;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Structure;

/// <summary>
/// A cover notice that issues (印发) or forwards (转发) an attached document becomes one document: the
/// attached document's title (and so its kind) with the cover's authority, number and dates. The cover's
/// own lines — addressee, a few sentences, signature — are kept apart in <see cref="DocumentLayout.Cover"/>
/// and are no unit of the document: its units are the attached document's. When the page holds the cover
/// alone (the attachment was a download), the cover's text stands in for the body.
/// </summary>
internal sealed partial class CoverNoticeSplitter : IImportStep
{
    /// <summary>"(X关于)印发《Y》的通知", "X转发Y的通知": group 1 is what is issued or forwarded.</summary>
    [GeneratedRegex(@"(?:印发|转发|颁发|下发|发布|公布|转印发)(.+?)的?(?:通知|决定|函|通告)$")]
    private static partial Regex Issuing();

    [GeneratedRegex(@"《([^《》]+)》")]
    private static partial Regex Quoted();

    /// <summary>A cover's sentence: "现将《X》印发给你们", "《X》已经市政府同意，现印发给你们".</summary>
    [GeneratedRegex(@"《([^《》]+)》[^。]{0,40}(?:印发|转发|下发|发)给")]
    private static partial Regex IssuingSentence();

    [GeneratedRegex(@"^附件\s*\d*\s*[：:]?\s*$|^附件\s*\d*\s*[：:]")]
    private static partial Regex AttachmentMark();

    public void Run(ImportDraft draft)
    {
        var layout = draft.Layout;
        if (layout.Title is null) return;
        var coverTitle = layout.Title;
        var foldedTitle = ScriptTable.Default.ToSimplified(coverTitle);
        var body = layout.Body;
        var folded = body.Select(ScriptTable.Default.ToSimplified).ToList();
        var attached = AttachedFromTitle(coverTitle, foldedTitle);
        var titleLine = attached is null ? -1 : FindAttachedTitle(folded, attached);
        if (attached is null)
        {
            // A notice titled otherwise may still issue a document its text names: only when that document follows.
            attached = AttachedFromText(body, folded);
            titleLine = attached is null ? -1 : FindAttachedTitle(folded, attached);
            if (titleLine < 0) return;
        }
        if (attached is null || ChineseText.CountHan(attached) < 4) return;
        layout.CoverTitle = coverTitle;
        layout.Title = attached;

        int coverEnd, bodyStart;
        if (titleLine >= 0)
        {
            layout.Title = body[titleLine];
            (coverEnd, bodyStart) = (titleLine, titleLine + 1);
        }
        else if (SignatureReader.FindLast(folded, body, 0, FirstAttachmentLine(folded), reach: 40) is { } signature
                 && signature.End < body.Count)
        {
            (coverEnd, bodyStart) = (signature.End, signature.End);
        }
        else
        {
            // Only the cover is on the page: keep its text as the body.
            return;
        }
        // Everything up to the attached document is the cover; its signature is read apart.
        var cover = body.Take(coverEnd).ToList();
        var coverFolded = folded.Take(coverEnd).ToList();
        if (SignatureReader.FindLast(coverFolded, cover, 0, cover.Count, reach: 12) is { } block)
        {
            layout.CoverSignature = block.Signature;
            var after = cover.Skip(block.End).ToList();
            cover.RemoveRange(block.Start, cover.Count - block.Start);
            cover.AddRange(after.Where(a => !AttachmentMark().IsMatch(ScriptTable.Default.ToSimplified(a))));
        }
        layout.Cover.AddRange(cover);
        var rest = body.Skip(bodyStart).ToList();
        body.Clear();
        // An attachment mark ("附件", "附件1") may stand between the cover and the attached title.
        while (rest.Count > 0 && AttachmentMark().IsMatch(ScriptTable.Default.ToSimplified(rest[0])) && rest[0].Length <= 8) rest.RemoveAt(0);
        if (titleLine < 0 && rest.Count > 0 && TitleKey.Same(rest[0], attached, 0.8))
        {
            layout.Title = rest[0];
            rest.RemoveAt(0);
        }
        body.AddRange(rest);
    }

    private static string? AttachedFromTitle(string coverTitle, string foldedTitle)
    {
        var m = Issuing().Match(TitleShape.WithoutNotes(foldedTitle));
        if (!m.Success) return null;
        var issued = m.Groups[1];
        var quoted = Quoted().Match(issued.Value);
        // Cut the attached title from the original text at the same place (folding keeps positions).
        return quoted.Success
            ? coverTitle.Substring(issued.Index + quoted.Groups[1].Index, quoted.Groups[1].Length)
            : coverTitle.Substring(issued.Index, issued.Length);
    }

    private static string? AttachedFromText(IReadOnlyList<string> body, IReadOnlyList<string> folded)
    {
        for (var i = 0; i < Math.Min(4, folded.Count); i++)
        {
            var m = IssuingSentence().Match(folded[i]);
            if (m.Success) return body[i].Substring(m.Groups[1].Index, m.Groups[1].Length);
        }
        return null;
    }

    /// <summary>The line that repeats the attached document's title, anywhere below the cover's title.</summary>
    private static int FindAttachedTitle(IReadOnlyList<string> folded, string attached)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            if (folded[i].Length > 120 || folded[i].EndsWith('。') || AttachmentMark().IsMatch(folded[i])) continue;
            if (TitleKey.Same(folded[i], attached, 0.8)) return i;
            // The cover may name the attachment with its issuer in front: "南通质监局关于推行…实施意见".
            var about = attached.IndexOf("关于", StringComparison.Ordinal);
            if (about > 0 && TitleKey.Same(folded[i], attached[about..], 0.8)) return i;
            var aboutFolded = ScriptTable.Default.ToSimplified(attached).IndexOf("关于", StringComparison.Ordinal);
            if (aboutFolded > 0 && TitleKey.Same(folded[i], attached[aboutFolded..], 0.8)) return i;
        }
        return -1;
    }

    private static int FirstAttachmentLine(IReadOnlyList<string> folded)
    {
        for (var i = 1; i < folded.Count; i++)
        {
            if (AttachmentMark().IsMatch(folded[i]) && folded[i].Length <= 8) return i;
        }
        return folded.Count;
    }
}
