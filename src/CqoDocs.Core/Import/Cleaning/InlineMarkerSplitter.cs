using System.Text;
using CqoDocs.Core.Import.Structure;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>
/// A notice whose line breaks were lost arrives as one long line: "…制定本办法。第二条 本办法所称…。第三条 …".
/// Long lines are cut before a numbering marker that follows the end of a sentence and continues the
/// numbering so far (第二条 after 第一条, 三、 after 二、, （二） after （一）), so references such as "依照第五条"
/// or a stray "一、" inside a sentence never cut.
/// </summary>
internal sealed class InlineMarkerSplitter : IImportStep
{
    /// <summary>Lines shorter than this keep their shape: a paragraph with an inline list reads fine as it is.</summary>
    private const int LongLine = 300;

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
                result.Add(line);
                continue;
            }
            var start = 0;
            for (var k = 1; k < folded.Length - 1; k++)
            {
                if (!CanFollow(folded[k - 1], folded[k])) continue;
                if (NumberingMarker.Parse(folded[k..Math.Min(folded.Length, k + 16)]) is not { } marker) continue;
                if (marker.Kind is MarkerKind.Clause or MarkerKind.Circled || !Expected(state, marker)) continue;
                if (marker.Kind is not (MarkerKind.Chapter or MarkerKind.Article) && !ChineseText.IsTerminal(folded[k - 1])) continue;
                result.Add(line[start..k]);
                start = k;
                Advance(state, marker);
            }
            result.Add(line[start..]);
        }
        draft.Lines = result;
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
