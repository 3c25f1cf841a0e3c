using System.Text.RegularExpressions;
using CqoDocs.Core.Import.Structure;
using CqoDocs.Core.Import.Text;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Import.Metadata;

/// <summary>
/// The kind, from the word the title ends with (意见 → opinion, 办法/规定/细则 → measures, 方案 → plan,
/// 规范/标准 → standard, 通知 → notice). A text with no such title, no number and no numbered units is news,
/// and so is a report of plain paragraphs with a dateline or byline whatever its headline ends with.
/// </summary>
internal sealed partial class KindClassifier : IImportStep
{
    [GeneratedRegex(@"(意见)$")]
    private static partial Regex Opinion();

    [GeneratedRegex(@"(办法|规定|细则|规则|条例|制度|守则|准则|措施)$")]
    private static partial Regex Measures();

    [GeneratedRegex(@"(方案|计划|规划|纲要|要点)$")]
    private static partial Regex Plan();

    [GeneratedRegex(@"(规范|标准|指南|导则|指引)$")]
    private static partial Regex Standard();

    [GeneratedRegex(@"(通知|通报|通告|公告|决定|函|批复|报告|决议)$")]
    private static partial Regex Notice();

    public void Run(ImportDraft draft)
    {
        if (draft.DocNumber is { } number && StandardNumberPattern.Whole(number) is not null)
        {
            draft.Kind = DocumentKind.Standard;
            return;
        }
        var title = TitleShape.WithoutNotes(ScriptTable.Default.ToSimplified(draft.Layout.Title ?? ""));
        // "…共同发布《首席质量官评价规范》" names a document it reports on; it is not that document.
        var kind = title.EndsWith('》') ? null : ByTitle(title.TrimEnd('”'));
        var reported = LooksLikeNews(draft) && draft.Units.All(u => u.Kind is UnitKind.Paragraph) || IsHeadline(draft, title);
        if (kind is { } k && !reported)
        {
            draft.Kind = k;
            return;
        }
        draft.Kind = LooksLikeNews(draft) || draft.Units.All(u => u.Kind == UnitKind.Paragraph) && draft.DocNumber is null
            || IsHeadline(draft, title)
            ? DocumentKind.News
            : DocumentKind.Notice;
    }

    public static DocumentKind? ByTitle(string title)
    {
        if (Opinion().IsMatch(title)) return DocumentKind.Opinion;
        if (Measures().IsMatch(title)) return DocumentKind.Measures;
        if (Plan().IsMatch(title)) return DocumentKind.Plan;
        if (Standard().IsMatch(title)) return DocumentKind.Standard;
        if (Notice().IsMatch(title)) return DocumentKind.Notice;
        return null;
    }

    /// <summary>"某市出台企业首席质量官管理办法": a report's headline names what happened, a document's title names the document.</summary>
    [GeneratedRegex(@"^(?!关于)[^《]{0,24}?(?:出台|印发|发布|推行|实施|启动|制定|颁布|修订|公布|出炉|亮相|落地|施行|解读|召开|举办|开展|推出|推进|推动|建立|全面|图解|一图读懂|解读|问答|答记者问)")]
    private static partial Regex ReportingVerb();

    /// <summary>
    /// A headline that ends like a document's title: nothing on the page marks an official document (no
    /// number, signature, cover, addressee, information table or 关于 title), and the text is plain paragraphs,
    /// or the headline reports an event (推行, 出台 …) over a text without articles, clauses or items nested in
    /// sections (（一） under 一、: a plan titled 某县推行…实施方案 is numbered so; a report is not).
    /// </summary>
    private static bool IsHeadline(ImportDraft draft, string title)
    {
        var layout = draft.Layout;
        if (draft.DocNumber is not null || layout.Signature is not null || layout.CoverSignature is not null || layout.CoverTitle is not null
            || layout.Addressee is not null || draft.Page.Authority is not null || draft.Page.Date is not null
            || title.Contains("关于", StringComparison.Ordinal))
            return false;
        if (draft.Units.All(u => u.Kind is UnitKind.Paragraph)) return true;
        return ReportingVerb().IsMatch(title) && !draft.Units.Any(u => u.Kind is UnitKind.Chapter or UnitKind.Article or UnitKind.Clause or UnitKind.Item);
    }

    /// <summary>A reporter's dateline or byline, and neither a number nor a signature.</summary>
    private static bool LooksLikeNews(ImportDraft draft)
    {
        if (draft.DocNumber is not null || draft.Layout.Signature is not null || draft.Layout.CoverSignature is not null) return false;
        var first = draft.Units.FirstOrDefault(u => u.Kind is UnitKind.Paragraph or UnitKind.Preamble)?.Text ?? "";
        var opening = ScriptTable.Default.ToSimplified(first);
        return Byline.DatelineLength(opening) > 0
            || draft.Layout.Head.Concat(draft.Layout.Subtitles).Any(l => Byline.IsByline(ScriptTable.Default.ToSimplified(l)));
    }
}
