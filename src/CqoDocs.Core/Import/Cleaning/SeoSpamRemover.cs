using System.Text.RegularExpressions;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>
/// Drops keyword runs: SEO spam appended by hijacked sites ("…无码| 中文字幕| …") and navigation bars
/// ("首页 | 政务公开 | 新闻中心 | 办事服务"). A run is five or more short pieces separated by bars, or by
/// spaces when the pieces repeat each other's words, none of them a sentence. When a run follows a sentence
/// on the same line, only the run is cut off.
/// </summary>
internal sealed partial class SeoSpamRemover : LineRemover
{
    private const int MinPieces = 5;
    private const int MaxPiece = 30;

    [GeneratedRegex(@"[|｜¦]")]
    private static partial Regex Bar();

    protected override string? Clean(LineView line, ImportDraft draft)
    {
        var text = line.Text;
        var bars = 0;
        foreach (var c in text)
        {
            if (c is '|' or '｜' or '¦') bars++;
        }
        if (bars >= MinPieces - 1) return CutBarRun(text);
        if (IsSpacedKeywordRun(line.Folded)) return null;
        // A spaced keyword run glued after the last sentence of a paragraph.
        var end = line.Folded.LastIndexOfAny(['。', '！', '？']);
        if (end > 0 && end < text.Length - 1 && IsSpacedKeywordRun(line.Folded[(end + 1)..].Trim())) return text[..(end + 1)];
        return line.Place != LinePlace.Body && IsMenuRow(line.Folded) ? null : text;
    }

    /// <summary>Cuts the run of bar-separated pieces; keeps a sentence that precedes it on the line.</summary>
    private static string? CutBarRun(string text)
    {
        var pieces = Bar().Split(text);
        // Find the longest stretch of short, sentence-free pieces.
        int bestStart = -1, bestLength = 0;
        for (var i = 0; i < pieces.Length;)
        {
            if (!IsKeywordPiece(pieces[i]))
            {
                i++;
                continue;
            }
            var j = i;
            while (j < pieces.Length && IsKeywordPiece(pieces[j])) j++;
            if (j - i > bestLength) (bestStart, bestLength) = (i, j - i);
            i = j;
        }
        // The piece before the run may be a sentence with the first keyword glued to its end.
        var lead = bestStart > 0 ? pieces[bestStart - 1] : null;
        var leadKeyword = lead is null ? -1 : LastSentenceEnd(lead);
        if (bestLength + (leadKeyword >= 0 ? 1 : 0) < MinPieces - 1) return text;
        var kept = pieces.Take(Math.Max(bestStart - 1, 0)).ToList();
        if (lead is not null) kept.Add(leadKeyword >= 0 ? lead[..(leadKeyword + 1)] : lead);
        kept.AddRange(pieces.Skip(bestStart + bestLength));
        var rest = string.Join("|", kept.Where(k => k.Trim().Length > 0)).Trim();
        return ChineseText.HasWordCharacter(rest) ? rest : null;
    }

    private static int LastSentenceEnd(string piece) => piece.LastIndexOfAny(['。', '！', '？', '；']);

    private static bool IsKeywordPiece(string piece)
    {
        var p = piece.Trim();
        return p.Length is > 0 and <= MaxPiece && !ChineseText.HasSentencePunctuation(p) && p.IndexOfAny(['：', ':']) < 0;
    }

    /// <summary>A row of menu entries above or below the text: five or more short Han words side by side.</summary>
    private static bool IsMenuRow(string folded)
    {
        if (ChineseText.HasSentencePunctuation(folded)) return false;
        var pieces = folded.Split([' ', '│'], StringSplitOptions.RemoveEmptyEntries);
        return pieces.Length >= MinPieces && pieces.All(p => p.Length <= 8 && ChineseText.CountHan(p) == p.Length);
    }

    /// <summary>Space-separated pieces that repeat each other's words (stuffed keywords), none a sentence.</summary>
    private static bool IsSpacedKeywordRun(string folded)
    {
        if (ChineseText.HasSentencePunctuation(folded) || folded.IndexOfAny(['：', ':', '《']) >= 0) return false;
        var pieces = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (pieces.Length < MinPieces || pieces.Any(p => p.Length > MaxPiece)) return false;
        if (pieces.Count(p => ChineseText.CountHan(p) >= 2) < MinPieces) return false;
        // Count pieces that share a two-character word with some other piece.
        var owners = new Dictionary<string, HashSet<int>>();
        for (var i = 0; i < pieces.Length; i++)
        {
            for (var k = 0; k + 1 < pieces[i].Length; k++)
            {
                if (!ChineseText.IsHan(pieces[i][k]) || !ChineseText.IsHan(pieces[i][k + 1])) continue;
                var bigram = pieces[i].Substring(k, 2);
                if (!owners.TryGetValue(bigram, out var set)) owners[bigram] = set = [];
                set.Add(i);
            }
        }
        var repeating = new HashSet<int>();
        foreach (var set in owners.Values)
        {
            if (set.Count >= 3) repeating.UnionWith(set);
        }
        return repeating.Count * 5 >= pieces.Length * 3;
    }
}
