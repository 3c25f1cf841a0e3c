using System.Text.RegularExpressions;
using CqoDocs.Core.Import.Cleaning;
using CqoDocs.Core.Import.Structure;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Metadata;

/// <summary>
/// The document's title as it will be cited: the title the structure steps found (the attached document's
/// for a cover notice), without wrapping book-title marks, a standard's number, a file extension or a final
/// full stop; else the page's own title. A site's or office's name, a slogan, a keyword run or a download
/// notice is never a title. When the page truly has none, the first sentence of the text (after a dateline),
/// cut to <see cref="MaxLeadTitle"/> characters, stands in, with a warning: every document has a title.
/// </summary>
internal sealed partial class TitleResolver : IImportStep
{
    private const int MaxLeadTitle = 60;
    private const int CutLength = 30;

    [GeneratedRegex(@"(?<!\d)(\d{1,2})月(\d{1,2})日$")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\.(?:pdf|docx?|wps|xlsx?|txt|s?html?|ofd|zip|rar)$", RegexOptions.IgnoreCase)]
    private static partial Regex FileExtension();

    /// <summary>A download page's notice or link text rather than a document's title.</summary>
    [GeneratedRegex(@"下载|点击(?:查看|浏览|进入)|请(?:查看|见)附件|附件[:：]|原文(?:链接|地址)|无标题|untitled", RegexOptions.IgnoreCase)]
    private static partial Regex DownloadNotice();

    public void Run(ImportDraft draft)
    {
        foreach (var candidate in new[] { draft.Layout.Title, draft.Page.Title })
        {
            if (candidate is null) continue;
            var tidy = Tidy(candidate);
            if (Acceptable(tidy))
            {
                draft.Title = tidy;
                return;
            }
        }
        var lead = LeadSentence(draft);
        if (lead is not null)
        {
            draft.Title = Tidy(lead);
            draft.Warnings.Add($"页面没有标题，已用正文首句“{draft.Title}”作标题，请核对");
            return;
        }
        draft.Title = Path.GetFileNameWithoutExtension(draft.Source);
        draft.Warnings.Add($"页面没有标题，已用文件名“{draft.Title}”作标题，请核对");
    }

    /// <summary>Marks a site puts after a headline: （图）, [组图], （附全文）, （视频）.</summary>
    [GeneratedRegex(@"\s*[（(\[【](?:图|组图|附图|多图|图文|视频|附视频|全文|附全文|附原文|附解读)[)）\]】]\s*$")]
    private static partial Regex MediaNote();

    [GeneratedRegex(@"\s*(?:_+|\||｜|\s[-–—]+\s)\s*")]
    private static partial Regex SiteSeparator();

    internal static string Tidy(string title)
    {
        var t = FileExtension().Replace(WithoutSiteName(title.Trim()), "");
        t = MediaNote().Replace(t, "");
        t = StandardNumberPattern.WithoutNumber(t).TrimEnd('。', '.', '：', ':');
        if (t.Length > 2 && t[0] == '《' && t[^1] == '》' && t.Count(c => c == '《') == 1) t = t[1..^1];
        return t;
    }

    /// <summary>"标题_某某市人民政府门户网站", "标题 - 某某网": a copied page title keeps its headline only.</summary>
    private static string WithoutSiteName(string title)
    {
        var parts = SiteSeparator().Split(title);
        if (parts.Length < 2) return title;
        var kept = parts.Length;
        while (kept > 1 && IsSiteName(ScriptTable.Default.ToSimplified(parts[kept - 1]).Trim())) kept--;
        return kept == parts.Length ? title : string.Join(" ", parts.Take(kept)).Trim();
    }

    private static bool IsSiteName(string folded) =>
        folded.Length == 0 || TitleShape.IsMasthead(folded) || AuthorityShape.LooksLikeAuthorities(folded) || folded.EndsWith("网站", StringComparison.Ordinal);

    /// <summary>Whether <paramref name="title"/> can name a document: not a site, office, slogan, keyword run or download notice.</summary>
    internal static bool Acceptable(string title)
    {
        var folded = ScriptTable.Default.ToSimplified(title).Trim();
        if (ChineseText.CountHan(folded) < 4) return false;
        if (TitleShape.IsMasthead(folded) || AuthorityShape.LooksLikeAuthorities(folded) || TitleShape.IsSlogan(folded)) return false;
        if (DownloadNotice().IsMatch(folded) && !TitleShape.LooksLikeTitle(folded)) return false;
        return SpamRunRemover.Cut(title) == title && folded.Count(c => c is '|' or '｜') < 2;
    }

    /// <summary>The first sentence of the text after its dateline, cut when long.</summary>
    private static string? LeadSentence(ImportDraft draft)
    {
        var first = draft.Units.FirstOrDefault(u => u.Text.Length > 0);
        if (first is null) return null;
        var text = first.Text.Split('\n')[0];
        var folded = ScriptTable.Default.ToSimplified(text);
        var start = Byline.DatelineLength(folded);
        // Skip the date after the dateline ("9月7日，") when there is one.
        var comma = folded.IndexOf('，', start);
        if (comma > start && comma - start <= 12 && MonthDay().IsMatch(folded[start..comma])) start = comma + 1;
        var end = folded.IndexOfAny(['。', '！', '？', '；'], start);
        if (end < 0) end = folded.Length;
        var sentence = text[start..end].Trim();
        if (ChineseText.CountHan(sentence) < 4) return null;
        return sentence.Length <= MaxLeadTitle ? sentence : Cut(sentence);
    }

    /// <summary>A long sentence cut at a comma within <see cref="CutLength"/> characters, else at that length, marked with "…".</summary>
    private static string Cut(string sentence)
    {
        var comma = sentence.LastIndexOfAny(['，', ',', '、'], CutLength);
        var end = comma >= 10 ? comma : CutLength;
        return sentence[..end] + "…";
    }
}
