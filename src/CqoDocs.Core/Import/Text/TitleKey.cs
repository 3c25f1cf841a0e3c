using System.Text;

namespace CqoDocs.Core.Import.Text;

/// <summary>
/// Compares titles the way a reader does: ignoring punctuation, quotes, brackets, spaces and script
/// (关于推行“首席質量官”制度的實施意見 ≈ 关于推行首席质量官制度实施意见).
/// </summary>
internal static class TitleKey
{
    public static string Of(string text)
    {
        var folded = ScriptTable.Default.ToSimplified(text);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            // Han characters have no case (and asking ICU about each one was most of the cost).
            if (ChineseText.IsHan(c)) sb.Append(c);
            else if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>
    /// Whether two titles name the same document: equal keys, or the longest common subsequence covers at
    /// least <paramref name="threshold"/> of the shorter key and most of the longer one (the cover may add
    /// the issuing office, the body may add 的). Keys longer than 200 characters are never titles.
    /// </summary>
    public static bool Same(string a, string b, double threshold = 0.85)
    {
        var x = Of(a);
        var y = Of(b);
        if (x.Length == 0 || y.Length == 0 || x.Length > 200 || y.Length > 200) return false;
        if (x == y) return true;
        var common = LongestCommonSubsequence(x, y);
        var shorter = Math.Min(x.Length, y.Length);
        var longer = Math.Max(x.Length, y.Length);
        return common >= threshold * shorter && common >= 0.6 * longer && shorter >= 4;
    }

    private static int LongestCommonSubsequence(string x, string y)
    {
        var previous = new int[y.Length + 1];
        var current = new int[y.Length + 1];
        for (var i = 1; i <= x.Length; i++)
        {
            for (var j = 1; j <= y.Length; j++)
            {
                current[j] = x[i - 1] == y[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }
            (previous, current) = (current, previous);
        }
        return previous[y.Length];
    }
}
