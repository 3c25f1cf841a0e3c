using System.Text.RegularExpressions;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>
/// Drops a table of contents: lines whose entry runs into a page number through a dot leader ("1 范围 …… 1",
/// "前言 ........ II"), and the 目次 / 目录 heading above them; after such a heading, also entries without
/// leaders, each of which comes back later as a heading of the text. The clauses themselves follow later.
/// </summary>
internal sealed partial class TableOfContentsRemover : IImportStep
{
    [GeneratedRegex(@"\S\s*(?:[.．。·…‥⋯_]\s*){4,}\s*(?:[0-9]{1,4}|[IVXLivxlⅠ-Ⅻ]{1,6})\s*$")]
    private static partial Regex Entry();

    [GeneratedRegex(@"^(?:目\s*次|目\s*录|contents)$", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    [GeneratedRegex(@"\s*(?:[0-9]{1,4}|[IVXLivxlⅠ-Ⅻ]{1,6})\s*$")]
    private static partial Regex PageNumber();

    public void Run(ImportDraft draft)
    {
        var lines = draft.Lines;
        var entry = lines.Select(l => l.Length <= 120 && Entry().IsMatch(l)).ToArray();
        var drop = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (entry[i]) drop[i] = true;
            if (!Heading().IsMatch(lines[i].Trim().Replace(" ", ""))) continue;
            // Entries without leaders: short lines each of which comes back later as a heading of the text.
            var k = i + 1;
            while (k < lines.Count && (entry[k] || IsRepeatedLater(lines, k))) k++;
            if (k == i + 1) continue;
            for (var j = i; j < k; j++) drop[j] = true;
        }
        draft.Lines = lines.Where((_, i) => !drop[i]).ToList();
    }

    private static bool IsRepeatedLater(List<string> lines, int index)
    {
        var line = lines[index];
        if (line.Length > 40 || ChineseText.HasSentencePunctuation(line)) return false;
        var key = TitleKey.Of(PageNumber().Replace(line, ""));
        if (key.Length < 2) return false;
        for (var j = index + 1; j < lines.Count; j++)
        {
            if (lines[j].Length <= 60 && TitleKey.Of(lines[j]) == key && !IsEntryLike(lines, j)) return true;
        }
        return false;
    }

    /// <summary>A later line that is itself still part of the contents (the list runs on) does not count.</summary>
    private static bool IsEntryLike(List<string> lines, int j) => Entry().IsMatch(lines[j]);
}
