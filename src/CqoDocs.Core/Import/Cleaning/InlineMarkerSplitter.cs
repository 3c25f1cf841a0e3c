using System.Text;
using CqoDocs.Core.Import.Structure;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>
/// A notice whose line breaks were lost arrives as one long line: "标题 第一章 总则 第一条 …。第二条 本办法所称…".
/// Long lines are cut before a numbering marker that continues the numbering so far (第二条 after 第一条,
/// 三、 after 二、, （二） after （一）) and follows the end of a sentence or a space — for 章 and 条 also a
/// heading — but never a reference ("依照第五条", "本办法第二条规定"). A title, a bracketed note and a
/// signature at the ends of such a line are cut off too. Runs before the spaces between Chinese characters
/// are removed, since they are the line's only trace of its lost breaks.
/// </summary>
internal sealed partial class InlineMarkerSplitter : IImportStep
{
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:依照|按照|根据|依据|违反|参照|适用|对照|执行|本办法|本规定|本细则|本条例|本意见|本方案|前款|规定的|所列|和|或|及|与|、)$")]
    private static partial System.Text.RegularExpressions.Regex ReferenceBefore();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:规定|的规定|所|第|款|项|之|中|至|、|和|或)")]
    private static partial System.Text.RegularExpressions.Regex ReferenceAfter();

    /// <summary>Lines shorter than this keep their shape: a paragraph with an inline list reads fine as it is.</summary>
    private const int LongLine = 200;

    public void Run(ImportDraft draft)
    {
        var state = new Dictionary<MarkerKind, int>();
        var result = new List<string>(draft.Lines.Count);
        foreach (var line in draft.Lines)
        {
            var folded = ScriptTable.Default.ToSimplified(line);
            if (NumberingMarker.Parse(folded) is { } lead) Advance(state, lead);
            if (line.Length < LongLine)
            {
                result.AddRange(SplitInlineList(line, folded));
                continue;
            }
            var start = CutLeadingPieces(line, folded, result);
            if (start > 0 && NumberingMarker.Parse(folded[start..Math.Min(folded.Length, start + 16)]) is { } first) Advance(state, first);
            for (var k = start + 1; k < folded.Length - 1; k++)
            {
                if (!CanFollow(folded[k - 1], folded[k]) && !FollowsHeading(folded, k)) continue;
                if (NumberingMarker.Parse(folded[k..Math.Min(folded.Length, k + 16)]) is not { } marker) continue;
                if (marker.Kind is MarkerKind.Clause or MarkerKind.Circled || !Expected(state, marker)) continue;
                if (marker.Kind is not (MarkerKind.Chapter or MarkerKind.Article) && !ChineseText.IsTerminal(PreviousNonSpace(folded, k))) continue;
                if (IsReference(folded, k, marker)) continue;
                result.Add(line[start..k].Trim());
                start = k;
                Advance(state, marker);
            }
            var last = line[start..].Trim();
            var signature = SignatureStart(last);
            if (signature > 0)
            {
                result.Add(last[..signature].Trim());
                result.Add(last[signature..].Trim());
            }
            else
            {
                result.Add(last);
            }
        }
        draft.Lines = result;
    }

    /// <summary>
    /// "…下列职责：（一）组织制定质量战略；（二）建立质量管理体系。": a list written inline, one item per paragraph.
    /// Only a list that runs (一), (二) … from its first item, each after a colon, semicolon or full stop.
    /// </summary>
    private static IEnumerable<string> SplitInlineList(string line, string folded)
    {
        var cuts = new List<int>();
        MarkerKind? kind = null;
        var next = 1;
        for (var k = 1; k < folded.Length - 1; k++)
        {
            if (folded[k] is not ('（' or '(') && !char.IsAsciiDigit(folded[k])) continue;
            if (char.IsAsciiDigit(folded[k]) && char.IsAsciiDigit(folded[k - 1])) continue;
            if (!ChineseText.IsTerminal(PreviousNonSpace(folded, k))) continue;
            if (NumberingMarker.Parse(folded[k..Math.Min(folded.Length, k + 8)]) is not { } marker) continue;
            if (marker.Kind is not (MarkerKind.Item or MarkerKind.BracketNumbered or MarkerKind.Numbered)) continue;
            if (kind is null && marker.Number == 1) kind = marker.Kind;
            if (marker.Kind != kind || marker.Number != next) continue;
            cuts.Add(k);
            next++;
        }
        if (cuts.Count < 2) return [line];
        var pieces = new List<string>();
        var start = 0;
        foreach (var cut in cuts)
        {
            pieces.Add(line[start..cut].Trim());
            start = cut;
        }
        pieces.Add(line[start..].Trim());
        return pieces.Where(p => p.Length > 0);
    }

    /// <summary>A title, a bracketed note, a number or a date opening the line, each ended by a space, become lines of their own.</summary>
    private static int CutLeadingPieces(string line, string folded, List<string> result)
    {
        var start = 0;
        while (true)
        {
            var space = folded.IndexOf(' ', start);
            if (space < 0 || space - start > 120) return start;
            var piece = folded[start..space];
            var stands = TitleShape.LooksLikeTitle(piece) || DocumentNumberPattern.WholeLineNumber(piece) is not null
                || ChineseDate.Whole(piece) is not null || piece.Length > 2 && piece[0] is '（' or '(' && piece[^1] is '）' or ')';
            if (!stands) return start;
            result.Add(line[start..space]);
            start = space + 1;
        }
    }

    /// <summary>Where a signature ("…施行。 杭州市余杭区人民政府 二〇一九年三月八日") starts at the end of the line, or 0.</summary>
    private static int SignatureStart(string line)
    {
        var folded = ScriptTable.Default.ToSimplified(line);
        var stop = folded.LastIndexOfAny(['。', '；', '！', '？']);
        if (stop < 0 || stop == folded.Length - 1) return 0;
        var tail = folded[(stop + 1)..].Trim();
        if (!ChineseDate.EndsWithDate(tail, out var date) || date.Index == 0) return 0;
        return AuthorityShape.LooksLikeAuthorities(tail[..date.Index].Trim()) ? stop + 1 : 0;
    }

    /// <summary>"第一章 总则 第一条": a chapter heading runs into its first article without punctuation.</summary>
    private static bool FollowsHeading(string folded, int k)
    {
        if (folded[k] != '第') return false;
        var lineStart = Math.Max(0, k - 24);
        var before = folded[lineStart..k];
        var chapter = before.LastIndexOf('章');
        return chapter >= 0 && before.LastIndexOf('第') is var f && f >= 0 && f < chapter
               && !ChineseText.HasSentencePunctuation(before.AsSpan(f));
    }

    private static char PreviousNonSpace(string folded, int k)
    {
        for (var j = k - 1; j >= 0; j--)
        {
            if (folded[j] != ' ') return folded[j];
        }
        return ' ';
    }

    private static bool IsReference(string folded, int k, NumberingMarker marker)
    {
        if (marker.Kind is not (MarkerKind.Article or MarkerKind.Chapter)) return false;
        var before = folded[Math.Max(0, k - 4)..k].TrimEnd();
        var after = folded[(k + marker.Length)..Math.Min(folded.Length, k + marker.Length + 4)];
        return ReferenceBefore().IsMatch(before) || ReferenceAfter().IsMatch(after);
    }

    private static bool CanFollow(char previous, char c) =>
        c is '第' or '（' or '(' || ChineseNumber.IsNumeral(c) || char.IsAsciiDigit(c) && !char.IsAsciiDigit(previous)
            ? ChineseText.IsTerminal(previous) || previous is '）' or ')' or '》' or '”' or ' '
            : false;

    private static bool Expected(Dictionary<MarkerKind, int> state, NumberingMarker marker)
    {
        var last = state.GetValueOrDefault(marker.Kind);
        return marker.Number == last + 1 || marker.Number == 1 && marker.Kind is MarkerKind.Item or MarkerKind.Numbered or MarkerKind.BracketNumbered;
    }

    private static void Advance(Dictionary<MarkerKind, int> state, NumberingMarker marker)
    {
        state[marker.Kind] = marker.Number;
        // A new outer unit restarts the numbering of the units inside it.
        foreach (var inner in Enum.GetValues<MarkerKind>().Where(k => k > marker.Kind && k != MarkerKind.Article)) state.Remove(inner);
    }
}
