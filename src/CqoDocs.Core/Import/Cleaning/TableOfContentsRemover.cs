using System.Text.RegularExpressions;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>
/// Drops a table of contents: lines whose entry runs into a page number through a dot leader ("1 范围 …… 1",
/// "前言 ........ II"), and the 目次 / 目录 heading above them. The clauses themselves follow later in the text.
/// </summary>
internal sealed partial class TableOfContentsRemover : IImportStep
{
    [GeneratedRegex(@"\S\s*(?:[.．。·…‥⋯_]\s*){4,}\s*(?:[0-9]{1,4}|[IVXLivxlⅠ-Ⅻ]{1,6})\s*$")]
    private static partial Regex Entry();

    [GeneratedRegex(@"^(?:目\s*次|目\s*录|contents)$", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    public void Run(ImportDraft draft)
    {
        var lines = draft.Lines;
        var entry = lines.Select(l => l.Length <= 120 && Entry().IsMatch(l)).ToArray();
        var kept = new List<string>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (entry[i]) continue;
            if (Heading().IsMatch(lines[i].Trim()) && i + 1 < lines.Count && entry[i + 1]) continue;
            kept.Add(lines[i]);
        }
        draft.Lines = kept;
    }
}
