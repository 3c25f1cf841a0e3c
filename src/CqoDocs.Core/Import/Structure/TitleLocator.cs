using CqoDocs.Core.Import.Cleaning;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Structure;

/// <summary>
/// Structure, first step: finds the title among the lines above the text and splits the lines into the
/// head (authority's mark, number, bylines: everything above the title) and the rest. The page's own
/// title (HTML meta, h1) is preferred when a line repeats it; otherwise the first line shaped like a
/// document title, else (news) the first line shaped like a headline. Repeats of the title are dropped.
/// </summary>
internal sealed class TitleLocator : IImportStep
{
    /// <summary>How far down the title may stand when no prose comes earlier.</summary>
    private const int HeadReach = 15;

    public void Run(ImportDraft draft)
    {
        var lines = draft.Lines;
        var folded = lines.Select(ScriptTable.Default.ToSimplified).ToList();
        var pageTitle = draft.Page.Title;
        var zone = HeadZone(folded, pageTitle);
        JoinBrokenTitle(lines, folded, zone);
        zone = HeadZone(folded, pageTitle);
        var layout = draft.Layout;

        var index = FindTitle(draft.Page.Title, folded, zone);
        if (index < 0)
        {
            layout.Title = draft.Page.Title;
            layout.Head.AddRange(lines.Take(zone));
            layout.Body.AddRange(lines.Skip(zone));
            return;
        }
        var title = lines[index];
        var (clean, number) = SplitTrailingNumber(title);
        layout.Title = clean;
        if (number is not null) layout.Subtitles.Add(number);
        layout.Head.AddRange(lines.Take(index));
        var key = TitleKey.Of(clean);
        for (var i = index + 1; i < lines.Count; i++)
        {
            if (i < zone + 2 && TitleKey.Same(lines[i], title, 0.95)) continue; // the page repeats its title
            // A standard repeats its title above clause 1; a mirrored page above its second copy.
            if (lines[i].Length <= title.Length + 8 && TitleKey.Of(lines[i]) == key) continue;
            layout.Body.Add(lines[i]);
        }
    }

    /// <summary>The lines before the first prose line or numbered unit: where a title can stand (a headline with commas is no prose).</summary>
    internal static int HeadZone(IReadOnlyList<string> folded, string? pageTitle = null)
    {
        var n = Math.Min(folded.Count, HeadReach);
        for (var i = 0; i < n; i++)
        {
            if (ChineseText.IsProse(folded[i]) && !TitleShape.LooksLikeTitle(folded[i]) && !LineRemover.IsTitle(folded[i], pageTitle)) return i;
            if (NumberingMarker.Parse(folded[i]) is { Kind: not MarkerKind.Clause }) return i;
        }
        return n;
    }

    private static int FindTitle(string? pageTitle, IReadOnlyList<string> folded, int zone)
    {
        if (pageTitle is not null)
        {
            for (var i = 0; i < zone; i++)
            {
                if (TitleKey.Same(folded[i], pageTitle)) return i;
            }
        }
        for (var i = 0; i < zone; i++)
        {
            if (TitleShape.LooksLikeTitle(folded[i]) && !AuthorityShape.LooksLikeAuthority(folded[i])) return i;
        }
        if (pageTitle is not null) return -1;
        for (var i = 0; i < zone; i++)
        {
            if (LooksLikeHeadline(folded[i])) return i;
        }
        return -1;
    }

    /// <summary>A news headline: a line of some length that is no date, number, name, byline or sentence.</summary>
    private static bool LooksLikeHeadline(string folded)
    {
        var han = ChineseText.CountHan(folded);
        if (han < 6 || folded.Length > 80 || folded.EndsWith('。') || folded.EndsWith('：')) return false;
        if (PageInfoLineReader.Pairs(folded) is not null || SeoLike(folded) || TitleShape.IsSlogan(folded)) return false;
        if (folded.StartsWith("欢迎", StringComparison.Ordinal) || folded.Contains("欢迎您", StringComparison.Ordinal)) return false;
        if (ChineseDate.FindAll(folded).Any() || DocumentNumberPattern.FindAll(folded).Any()) return false;
        if (AuthorityShape.LooksLikeAuthorities(folded) || Byline.IsByline(folded) || TitleShape.IsMasthead(folded)) return false;
        return han * 2 >= folded.Length;
    }

    /// <summary>Lines of bars or arrows are menus and trails, never headlines.</summary>
    private static bool SeoLike(string folded) => folded.IndexOfAny(['|', '｜', '>', '»']) >= 0;

    /// <summary>A title broken over two lines ("…关于印发" / "《…》的通知") becomes one line.</summary>
    private static void JoinBrokenTitle(List<string> lines, List<string> folded, int zone)
    {
        for (var i = 0; i + 1 < Math.Min(zone + 1, lines.Count); i++)
        {
            if (TitleShape.LooksLikeTitle(folded[i]) || ChineseText.HasSentencePunctuation(folded[i]) || ChineseText.CountHan(folded[i]) < 4) continue;
            if (AuthorityShape.LooksLikeAuthorities(folded[i]) || ChineseDate.FindAll(folded[i]).Any()) continue;
            if (DocumentNumberPattern.WholeLineNumber(folded[i]) is not null) continue;
            var joined = folded[i] + folded[i + 1];
            if (!TitleShape.LooksLikeTitle(joined) || ChineseText.HasSentencePunctuation(folded[i + 1])) continue;
            if (!EndsMidTitle(folded[i]) && TitleShape.LooksLikeTitle(folded[i + 1])) continue;
            lines[i] += lines[i + 1];
            folded[i] = joined;
            lines.RemoveAt(i + 1);
            folded.RemoveAt(i + 1);
            return;
        }
    }

    private static bool EndsMidTitle(string folded) =>
        folded.EndsWith("关于", StringComparison.Ordinal) || folded.EndsWith("印发", StringComparison.Ordinal)
        || folded.EndsWith("转发", StringComparison.Ordinal) || folded.EndsWith('的') || folded.EndsWith('《')
        || folded.Count(c => c == '《') > folded.Count(c => c == '》');

    /// <summary>"关于…的通知（清府办〔2016〕5号）" → the title and the number apart.</summary>
    private static (string Title, string? Number) SplitTrailingNumber(string title)
    {
        var found = DocumentNumberPattern.FindAll(title).LastOrDefault();
        if (found.Length == 0) return (title, null);
        var before = title[..found.Index].TrimEnd('（', '(', ' ', '[', '【');
        var after = title[(found.Index + found.Length)..].Trim('）', ')', ' ', ']', '】');
        if (after.Length > 0 || !TitleShape.LooksLikeTitle(ScriptTable.Default.ToSimplified(before))) return (title, null);
        return (before, title.Substring(found.Index, found.Length));
    }
}
