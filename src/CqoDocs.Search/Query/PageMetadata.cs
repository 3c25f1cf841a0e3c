using CqoDocs.Core.Import;

namespace CqoDocs.Search.Query;

/// <summary>
/// Whether a line of a unit is a web page's metadata left in the text (来源：中国质量报 发布时间：… 浏览次数：12,
/// 【信息来源】…) rather than the document's own words: it begins with a label of a page's information table
/// and is short, or holds two such labels.
/// </summary>
internal static class PageMetadata
{
    private const int MaxLength = 80;

    public static bool IsLine(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0) return false;
        var labels = Labels(trimmed);
        return labels >= 2 || (labels == 1 && StartsWithLabel(trimmed) && trimmed.Length <= MaxLength);
    }

    private static bool StartsWithLabel(string line)
    {
        var from = 0;
        while (from < line.Length && line[from] is '【' or '[' or '〔') from++;
        // Plain loops: IndexOfAny over these characters built a vectorised searcher, compiled in every cold search.
        for (var end = from; end < line.Length; end++)
        {
            if (line[end] is '：' or ':' or '】' or ']' or '〕') return end > from && PageInfoLabels.Fields.ContainsKey(line[from..end].Trim());
        }
        return false;
    }

    /// <summary>How many "label：" or "【label】" the line holds.</summary>
    private static int Labels(string line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] is not ('：' or ':' or '】' or ']')) continue;
            // The label is the run of Han characters before the colon or bracket.
            var from = i;
            while (from > 0 && Core.Import.Text.ChineseText.IsHan(line[from - 1])) from--;
            for (var s = from; s < i; s++)
            {
                if (PageInfoLabels.Fields.ContainsKey(line[s..i])) { count++; break; }
            }
        }
        return count;
    }
}
