using System.Text;
using System.Text.RegularExpressions;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>
/// Removes fragments garbled by a wrong decoding somewhere upstream (the file itself decoded cleanly): UTF-8
/// read as Latin-1 ("å…³äºŽ", "â€œ"), UTF-8 read as GBK ("鍏充簬鍗板彂", "銆傦紝"), and the classic fillers
/// "锟斤拷" and "烫烫烫". A GBK-garbled run is recognised by characters that such garbling produces all the
/// time and Chinese prose almost never: three or more of them making up most of a run of Han characters.
/// </summary>
internal sealed partial class MojibakeRemover : IImportStep
{
    /// <summary>Characters that UTF-8 read as GBK keeps producing (lead bytes E4–E9 and their followers).</summary>
    private const string GarbledHan =
        "銆锛鈥鐨鍜鍦涓浜鏈鎴璇鏄瑕闂缃绔鍏鍙鍚鍛鍝鍥鍐鍑鍔鍒鎬鏂鏃鏉鏍鏁鐢鐩鐭绠绗缁缂璁璧杩閫閮闄鍗鍖鍘鍩鍫鎵鎶鎸鏀鏅鏋閲闀闆鐗" +
        "鐐鐑鐜鐞鐪鐫鐬鑰鑳鑴鑵鑹浠浼娓娌娆姤姘妭鍣鍤鍧鍨锟鍞鍟嶉嶅嵂厓傦紝簬綍";

    private static readonly HashSet<char> Garbled = [.. GarbledHan];

    [GeneratedRegex(@"(?:[\u00C2-\u00EF][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]{1,2}){2,}|锟斤拷|(?:烫){2,}|(?:屯){3,}")]
    private static partial Regex Latin1Run();

    public void Run(ImportDraft draft)
    {
        var kept = new List<string>(draft.Lines.Count);
        foreach (var line in draft.Lines)
        {
            var cleaned = CutGbkRuns(Latin1Run().Replace(line, ""));
            if (cleaned.Length == line.Length) kept.Add(line);
            else if (ChineseText.HasWordCharacter(cleaned)) kept.Add(cleaned.Trim());
        }
        draft.Lines = kept;
    }

    private static string CutGbkRuns(string line)
    {
        StringBuilder? sb = null;
        var at = 0;
        for (var i = 0; i < line.Length;)
        {
            if (!Garbled.Contains(line[i]))
            {
                i++;
                continue;
            }
            // The run: Han characters and garbled marks from here on, as long as garbled ones keep coming.
            var end = i;
            int total = 0, garbled = 0, lastGarbled = i;
            for (var k = i; k < line.Length && (ChineseText.IsHan(line[k]) || line[k] is '?' or '�'); k++)
            {
                total++;
                if (Garbled.Contains(line[k]) || line[k] is '?' or '�')
                {
                    garbled++;
                    lastGarbled = k;
                }
                if (k - lastGarbled > 2) break;
                end = lastGarbled + 1;
            }
            var length = end - i;
            var inRun = 0;
            for (var k = i; k < end; k++)
            {
                if (Garbled.Contains(line[k]) || line[k] is '?' or '�') inRun++;
            }
            if (inRun >= 3 && inRun * 3 >= length * 2)
            {
                sb ??= new StringBuilder(line.Length);
                sb.Append(line, at, i - at);
                at = end;
            }
            i = Math.Max(end, i + 1);
        }
        if (sb is null) return line;
        sb.Append(line, at, line.Length - at);
        return sb.ToString();
    }
}
