using System.Text;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>
/// Half-width punctuation inside Chinese text becomes full-width: , → ，  ; → ；  : → ：  ? → ？  ! → ！
/// and a bracket pair ( ) → （ ） when it holds or touches Chinese; straight double quotes around Chinese
/// become “ ”. Marks between digits (1,000, 09:35) and in Latin text stay as they are.
/// </summary>
internal sealed class HalfWidthPunctuationWidener : IImportStep
{
    public void Run(ImportDraft draft)
    {
        for (var i = 0; i < draft.Lines.Count; i++) draft.Lines[i] = Widen(draft.Lines[i]);
    }

    public static string Widen(string line)
    {
        if (line.IndexOfAny([',', ';', ':', '?', '!', '(', ')', '"']) < 0) return line;
        var chars = line.ToCharArray();
        WidenBrackets(chars);
        WidenQuotes(chars);
        for (var k = 0; k < chars.Length; k++)
        {
            var wide = chars[k] switch { ',' => '，', ';' => '；', ':' => '：', '?' => '？', '!' => '！', _ => '\0' };
            if (wide == '\0') continue;
            var previous = Neighbour(chars, k, -1);
            var next = Neighbour(chars, k, +1);
            if (char.IsAsciiDigit(previous) && char.IsAsciiDigit(next)) continue;
            if (chars[k] == ':' && next == '/') continue; // http://
            if (ChineseText.IsCjk(previous) || ChineseText.IsCjk(next)) chars[k] = wide;
        }
        return RemoveSpacesAroundWideMarks(new string(chars));
    }

    private static void WidenBrackets(char[] chars)
    {
        var open = new Stack<int>();
        for (var k = 0; k < chars.Length; k++)
        {
            if (chars[k] == '(')
            {
                open.Push(k);
            }
            else if (chars[k] == ')' && open.Count > 0)
            {
                var start = open.Pop();
                var inside = chars.AsSpan(start + 1, k - start - 1);
                var touches = ChineseText.IsCjk(Neighbour(chars, start, -1)) || ChineseText.IsCjk(Neighbour(chars, k, +1));
                if (touches || ChineseText.CountHan(inside) > 0)
                {
                    chars[start] = '（';
                    chars[k] = '）';
                }
            }
            else if (chars[k] == ')' && ChineseText.IsHan(Neighbour(chars, k, -1)))
            {
                chars[k] = '）';
            }
        }
        foreach (var start in open)
        {
            if (ChineseText.IsHan(Neighbour(chars, start, +1))) chars[start] = '（';
        }
    }

    private static void WidenQuotes(char[] chars)
    {
        var quotes = new List<int>();
        for (var k = 0; k < chars.Length; k++)
        {
            if (chars[k] == '"') quotes.Add(k);
        }
        for (var q = 0; q + 1 < quotes.Count; q += 2)
        {
            var (start, end) = (quotes[q], quotes[q + 1]);
            if (ChineseText.CountHan(chars.AsSpan(start + 1, end - start - 1)) == 0) continue;
            chars[start] = '“';
            chars[end] = '”';
        }
    }

    /// <summary>The nearest character that is not a space, or a space when there is none.</summary>
    private static char Neighbour(char[] chars, int k, int step)
    {
        for (var j = k + step; j >= 0 && j < chars.Length; j += step)
        {
            if (chars[j] != ' ') return chars[j];
        }
        return ' ';
    }

    private static string RemoveSpacesAroundWideMarks(string s)
    {
        if (!s.Contains(' ')) return s;
        var sb = new StringBuilder(s.Length);
        for (var k = 0; k < s.Length; k++)
        {
            if (s[k] == ' ')
            {
                var previous = sb.Length > 0 ? sb[^1] : ' ';
                var next = k + 1 < s.Length ? s[k + 1] : ' ';
                if (IsWideMark(previous) || IsWideMark(next)) continue;
            }
            sb.Append(s[k]);
        }
        return sb.ToString();
    }

    private static bool IsWideMark(char c) => c is '，' or '；' or '：' or '？' or '！' or '（' or '）' or '。' or '、' or '“' or '”';
}
