using System.Text.RegularExpressions;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Structure;

/// <summary>
/// Finds a signature block — authority name(s) over a date, or both on one line — near the end of a run
/// of lines: "清远市人民政府办公室" / "2016年3月1日"; "（南通质监局 2010年3月）" is a note, not a signature.
/// </summary>
internal static partial class SignatureReader
{
    /// <summary>A date line (day optional: "2010年3月" signs drafts too), perhaps followed by 印发 or 发布.</summary>
    [GeneratedRegex(@"^(?:(?:19|20)\d{2}|[〇零OoО一二三四五六七八九]{4})\s*年\s*[0-9〇零一二三四五六七八九十]{1,3}\s*月(?:\s*[0-9〇零一二三四五六七八九十]{1,3}\s*[日号])?\s*(?:印发|发布|公布|制定|修订)?$|^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}$")]
    private static partial Regex DateLine();

    public readonly record struct Block(int Start, int End, Signature Signature);

    public static bool IsDateLine(string folded) => DateLine().IsMatch(folded.Trim());

    /// <summary>
    /// The last signature block in <paramref name="folded"/>[from..to), looking back at most
    /// <paramref name="reach"/> lines from the end; Start/End delimit its lines (End exclusive).
    /// </summary>
    public static Block? FindLast(IReadOnlyList<string> folded, IReadOnlyList<string> original, int from, int to, int reach = 8)
    {
        for (var i = to - 1; i >= Math.Max(from, to - reach); i--)
        {
            var line = folded[i].Trim();
            if (IsDateLine(line))
            {
                var date = ChineseDate.First(line);
                var names = new List<string>();
                var start = i;
                while (start - 1 >= from && AuthorityShape.LooksLikeAuthorities(folded[start - 1]) && names.Count < 4)
                {
                    start--;
                    names.InsertRange(0, original[start].Split(' ', StringSplitOptions.RemoveEmptyEntries));
                }
                return new Block(start, i + 1, new Signature(names, date));
            }
            // Authority and date on one line: "清远市人民政府办公室 2016年3月1日".
            if (ChineseDate.EndsWithDate(line, out var m) && m.Index > 0 && AuthorityShape.LooksLikeAuthorities(line[..m.Index].Trim()))
            {
                var names = original[i][..m.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
                return new Block(i, i + 1, new Signature(names, m.Date));
            }
        }
        return null;
    }
}
