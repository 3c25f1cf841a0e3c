using System.Text;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>
/// Repairs doubled and ill-paired punctuation: ",," → "，", ",。" → "。", ",、" and "、," → "、", "；；" → "；".
/// In a run of marks a comma gives way to any stronger mark, and the strongest mark of the run is kept once
/// (。！？ over ；over ：over 、). Ellipses (……) and dashes (——) are not runs of this kind and stay.
/// </summary>
internal sealed class PunctuationRepairer : IImportStep
{
    public void Run(ImportDraft draft)
    {
        for (var i = 0; i < draft.Lines.Count; i++) draft.Lines[i] = Repair(draft.Lines[i]);
    }

    public static string Repair(string line)
    {
        StringBuilder? sb = null;
        var k = 0;
        while (k < line.Length)
        {
            if (Rank(line[k]) < 0)
            {
                sb?.Append(line[k]);
                k++;
                continue;
            }
            // Collect the run: marks, possibly with spaces between them.
            var end = k;
            var marks = 0;
            var j = k;
            while (j < line.Length && (Rank(line[j]) >= 0 || line[j] == ' '))
            {
                if (line[j] != ' ')
                {
                    marks++;
                    end = j + 1;
                }
                j++;
            }
            if (marks < 2 || IsNumberSeparator(line, k, end))
            {
                sb?.Append(line, k, end - k);
                k = end;
                continue;
            }
            sb ??= new StringBuilder(line.Length).Append(line, 0, k);
            sb.Append(Strongest(line.AsSpan(k, end - k)));
            k = end;
        }
        return sb?.ToString() ?? line;
    }

    /// <summary>"1,000" or "09:35" are not runs; neither is a single mark.</summary>
    private static bool IsNumberSeparator(string line, int start, int end) =>
        end - start == 1 && start > 0 && end < line.Length && char.IsAsciiDigit(line[start - 1]) && char.IsAsciiDigit(line[end]);

    private static char Strongest(ReadOnlySpan<char> run)
    {
        var best = '，';
        var bestRank = 0;
        foreach (var c in run)
        {
            var r = Rank(c);
            if (r > bestRank)
            {
                bestRank = r;
                best = FullWidth(c);
            }
        }
        return best;
    }

    /// <summary>How strongly a mark ends what precedes it; -1 for characters that are not such marks.</summary>
    private static int Rank(char c) => c switch
    {
        ',' or '，' => 0,
        '、' => 1,
        ':' or '：' => 2,
        ';' or '；' => 3,
        '。' or '!' or '！' or '?' or '？' => 4,
        _ => -1,
    };

    private static char FullWidth(char c) => c switch
    {
        ',' => '，',
        ':' => '：',
        ';' => '；',
        '!' => '！',
        '?' => '？',
        _ => c,
    };
}
