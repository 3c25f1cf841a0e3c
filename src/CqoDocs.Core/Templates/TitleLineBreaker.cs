namespace CqoDocs.Core.Templates;

/// <summary>Cuts text into words; the command line passes the jieba segmenter, which Core cannot reference.</summary>
internal delegate IReadOnlyList<string> WordSplitter(string text);

/// <summary>
/// Breaks a document title into lines the way GB/T 9704-2012 7.3.1 asks: whole words (词意完整), no line
/// longer than the text block, and a trapezoid or diamond outline (排列对称，长短适宜), never an hourglass.
/// Among the breaks at word boundaries that fit, the one with the best-balanced shape wins; a break before
/// 关于 (issuer above, subject below) is preferred, a line opening with 的 or a line of two characters avoided.
/// Nothing inside 《》, “” or （） is broken unless such a span is too long for a line.
/// </summary>
internal static class TitleLineBreaker
{
    /// <summary>Full-width characters on one line of a 2号 (22 pt) title in the 156 mm text block.</summary>
    public const int DefaultWidth = 20;

    private const string Closing = "，。、；：？！）》”’」』】,.;:?!)";
    private const string Opening = "（《“‘「『【(";
    private const int MaxExtraLines = 1;

    /// <param name="width">Line width in full-width characters; a half-width character counts half.</param>
    /// <param name="words">Word boundaries; null treats each character as a word (apart from Latin words and numbers).</param>
    public static IReadOnlyList<string> Break(string title, int width, WordSplitter? words)
    {
        title = title.Trim();
        var limit = width * 2;
        if (Halves(title) <= limit) return [title];
        var tokens = words?.Invoke(title) ?? CharacterWords(title);
        if (string.Concat(tokens) != title) tokens = CharacterWords(title);
        var best = Best(Atoms(tokens, keepBracketsWhole: true), limit)
            ?? Best(Atoms(tokens, keepBracketsWhole: false), limit)
            ?? Best(Atoms(CharacterWords(title), keepBracketsWhole: false), limit);
        return best ?? [title];
    }

    /// <summary>The cheapest way to cut the atoms into lines that fit; null when none fits.</summary>
    private static List<string>? Best(List<string> atoms, int limit)
    {
        var total = atoms.Sum(Halves);
        var fewest = (total + limit - 1) / limit;
        (double Cost, List<int> Cuts)? best = null;
        for (var lines = fewest; lines <= fewest + MaxExtraLines && lines <= atoms.Count; lines++)
        {
            Search(atoms, limit, lines, 0, [], ref best, (lines - fewest) * 15.0);
        }
        if (best is null) return null;
        var result = new List<string>();
        var start = 0;
        foreach (var cut in best.Value.Cuts.Append(atoms.Count))
        {
            result.Add(string.Concat(atoms.Skip(start).Take(cut - start)).Trim());
            start = cut;
        }
        return result;
    }

    private static void Search(List<string> atoms, int limit, int lines, int start, List<int> cuts, ref (double Cost, List<int> Cuts)? best, double extra)
    {
        if (cuts.Count == lines - 1)
        {
            var last = Halves(atoms.Skip(start));
            if (last > limit) return;
            var cost = Cost(atoms, cuts) + extra;
            if (best is null || cost < best.Value.Cost) best = (cost, cuts.ToList());
            return;
        }
        var width = 0;
        for (var end = start + 1; end < atoms.Count; end++)
        {
            width += Halves(atoms[end - 1]);
            if (width > limit) break;
            cuts.Add(end);
            Search(atoms, limit, lines, end, cuts, ref best, extra);
            cuts.RemoveAt(cuts.Count - 1);
        }
    }

    private static double Cost(List<string> atoms, List<int> cuts)
    {
        var bounds = cuts.Prepend(0).Append(atoms.Count).ToList();
        var lengths = new List<double>();
        var cost = 0.0;
        for (var i = 0; i + 1 < bounds.Count; i++)
        {
            var line = string.Concat(atoms.Skip(bounds[i]).Take(bounds[i + 1] - bounds[i]));
            lengths.Add(Halves(line) / 2.0);
            if (line.Length <= 3) cost += 20;
            if (i > 0 && line.StartsWith('的')) cost += 8;
            if (i > 0 && line.StartsWith("关于", StringComparison.Ordinal)) cost -= 6;
        }
        var spread = lengths.Max() - lengths.Min();
        cost += spread * spread * 0.5;
        for (var i = 0; i + 1 < lengths.Count; i++)
        {
            if (lengths[i] == lengths[i + 1]) cost += 3;
        }
        for (var i = 1; i + 1 < lengths.Count; i++)
        {
            if (lengths[i] < lengths[i - 1] && lengths[i] < lengths[i + 1]) cost += 1000;
        }
        if (lengths.Count == 2 && lengths[0] < lengths[1]) cost += 1;
        return cost;
    }

    /// <summary>Words glued so that no line starts with closing or ends with opening punctuation, brackets kept whole.</summary>
    private static List<string> Atoms(IReadOnlyList<string> tokens, bool keepBracketsWhole)
    {
        var atoms = new List<string>();
        var depth = 0;
        var glueNext = false;
        foreach (var token in tokens.Where(t => t.Length > 0))
        {
            var glue = glueNext || atoms.Count > 0 && (Closing.Contains(token[0]) || keepBracketsWhole && depth > 0);
            if (glue) atoms[^1] += token;
            else atoms.Add(token);
            foreach (var c in token)
            {
                if (Opening.Contains(c)) depth++;
                else if (Closing.Contains(c) && depth > 0 && c is '）' or '》' or '”' or '’' or '」' or '』' or '】' or ')') depth--;
            }
            glueNext = Opening.Contains(token[^1]);
        }
        return atoms;
    }

    private static List<string> CharacterWords(string text)
    {
        var words = new List<string>();
        for (var i = 0; i < text.Length;)
        {
            var j = i + 1;
            if (char.IsAsciiLetterOrDigit(text[i]))
            {
                while (j < text.Length && (char.IsAsciiLetterOrDigit(text[j]) || text[j] is '.' or '-')) j++;
            }
            else if (char.IsHighSurrogate(text[i]) && j < text.Length)
            {
                j++;
            }
            words.Add(text[i..j]);
            i = j;
        }
        return words;
    }

    private static int Halves(IEnumerable<string> atoms) => atoms.Sum(Halves);

    private static int Halves(string text)
    {
        var n = 0;
        foreach (var c in text) n += c < 0x2E80 ? 1 : 2;
        return n;
    }
}
