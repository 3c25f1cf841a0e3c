using System.Buffers;
using System.Text;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>
/// Cuts runs of lottery, gambling and adult keywords that hijacked sites splice into the prose, even in the
/// middle of a sentence ("…提升了两个百分点，六合彩 澳门赌场 真人百家乐 客户投诉明显减少"). Such words
/// never occur in a quality notice, but "澳门" or "视频" alone might: a run needs two unambiguous words, or
/// one among at least three keywords, close together with no sentence punctuation between them.
/// </summary>
internal sealed class SpamRunRemover : IImportStep
{
    /// <summary>Words no quality notice uses.</summary>
    private static readonly string[] Strong =
    [
        "六合彩", "时时彩", "北京赛车", "北京pk10", "pk10", "重庆时时", "百家乐", "赌场", "赌博", "博彩", "娱乐城", "老虎机",
        "葡京", "威尼斯人", "金沙娱乐", "真人视讯", "棋牌游戏", "捕鱼游戏", "体育投注", "投注", "下注", "彩票网", "彩票平台",
        "开户送", "注册送", "彩金", "成人视频", "成人电影", "成人网站", "成人影院", "麻豆", "无码", "有码", "中文字幕",
        "一本道", "东京热", "偷拍", "色情", "黄色网站", "黄片", "三级片", "伦理片", "av在线", "在线av", "av网", "约炮",
        "人妻", "乱伦", "淫", "裸聊", "裸体", "性爱", "做爱", "迷药", "春药", "催情", "代孕", "私服",
        "幸运飞艇", "分分彩", "11选5", "快乐十分", "双色球", "大乐透", "开奖结果", "开奖直播", "开奖记录", "澳门银河",
        "新葡京", "太阳城", "亚博", "开元棋牌", "电竞竞猜", "足彩", "约啪", "嫩模", "援交", "小姐上门",
        "pk拾", "赛车pk", "网赌", "电子娱乐", "真人娱乐", "日本一区", "草莓视频",
    ];

    /// <summary>Words spam runs are made of that a notice might also use alone.</summary>
    private static readonly string[] Weak =
    [
        "澳门", "香港", "真人", "彩票", "视频", "在线观看", "在线", "免费", "观看", "高清", "国产", "精品", "亚洲", "欧美",
        "日韩", "日本", "美女", "福利", "午夜", "电影", "影院", "网址", "官网", "平台", "app", "下载", "注册", "开户", "娱乐",
        "传媒", "直播", "激情", "性感", "少妇", "网站", "大全", "最新", "入口", "成人", "自拍", "快三", "金沙",
        "外围", "二区", "三区", "久久", "蜜桃",
    ];

    private const int MaxGap = 4;

    private static readonly (string Word, bool Strong)[] Lexicon =
        Strong.Select(w => (w, true)).Concat(Weak.Select(w => (w, false))).OrderByDescending(p => p.Item1.Length).ToArray();

    /// <summary>Every keyword at once (vectorised search): most lines hold none and cost one scan.</summary>
    private static readonly SearchValues<string> AnyWord = SearchValues.Create(Lexicon.Select(p => p.Word).ToArray(), StringComparison.OrdinalIgnoreCase);

    private readonly record struct Hit(int Index, int Length, bool Strong)
    {
        public int End => Index + Length;
    }

    public void Run(ImportDraft draft)
    {
        var kept = new List<string>(draft.Lines.Count);
        foreach (var line in draft.Lines)
        {
            var cleaned = Cut(line);
            if (cleaned is not null) kept.Add(cleaned);
        }
        draft.Lines = kept;
    }

    /// <summary>The line without its keyword runs; null when nothing of substance is left.</summary>
    public static string? Cut(string line)
    {
        var folded = ScriptTable.Default.ToSimplified(line);
        var hits = Find(folded);
        if (hits.Count == 0) return line;
        var spans = new List<(int Start, int End)>();
        for (var i = 0; i < hits.Count;)
        {
            var j = i;
            var strong = hits[i].Strong ? 1 : 0;
            while (j + 1 < hits.Count && Close(folded, hits[j], hits[j + 1]))
            {
                j++;
                if (hits[j].Strong) strong++;
            }
            var count = j - i + 1;
            if (strong >= 2 || strong == 1 && count >= 3) spans.Add((hits[i].Index, hits[j].End));
            i = j + 1;
        }
        if (spans.Count == 0) return line;
        var sb = new StringBuilder(line.Length);
        var at = 0;
        foreach (var (start, end) in spans)
        {
            var (s, e) = Widen(line, start, end);
            sb.Append(line, at, s - at);
            at = e;
        }
        sb.Append(line, at, line.Length - at);
        var rest = CjkSpaceRemover.Remove(sb.ToString().Trim());
        return ChineseText.CountHan(rest) >= 2 ? rest : null;
    }

    /// <summary>The keywords in <paramref name="folded"/>, left to right, the longest at each place.</summary>
    private static List<Hit> Find(string folded)
    {
        var hits = new List<Hit>();
        var span = folded.AsSpan();
        for (var at = 0; at < span.Length;)
        {
            var found = span[at..].IndexOfAny(AnyWord);
            if (found < 0) break;
            var index = at + found;
            var length = 1;
            foreach (var (word, strong) in Lexicon)
            {
                if (!span[index..].StartsWith(word, StringComparison.OrdinalIgnoreCase)) continue;
                hits.Add(new Hit(index, word.Length, strong));
                length = word.Length;
                break;
            }
            at = index + length;
        }
        return hits;
    }

    /// <summary>Two keywords belong to one run when at most a few characters, and no sentence mark, stand between.</summary>
    private static bool Close(string folded, Hit a, Hit b)
    {
        var gap = folded.AsSpan(a.End, b.Index - a.End);
        return gap.Length <= MaxGap && gap.IndexOfAny("，。；！？,;!?：:") < 0;
    }

    /// <summary>A run takes the separators, digits and stray letters right around it ("| 六合彩 | ").</summary>
    private static (int Start, int End) Widen(string line, int start, int end)
    {
        while (start > 0 && IsFiller(line[start - 1])) start--;
        while (end < line.Length && IsFiller(line[end])) end++;
        return (start, end);
    }

    private static bool IsFiller(char c) => c is ' ' or '|' or '｜' or '、' or '/' or '-' or '_' || char.IsAsciiLetterOrDigit(c);
}
