namespace CqoDocs.Core.Import.Text;

/// <summary>
/// OpenCC's character-level Traditional→Simplified table (embedded resource import/t2s_chars.tsv,
/// Apache-2.0). Folding keeps the length, so an index into the folded text is an index into the original:
/// steps match Simplified cue words on the fold and cut the original text at the same places. Held as a
/// table of every UTF-16 unit (128 KB), which every cold search loads: quicker to fill and to read than a
/// dictionary, whose generic code a cold process compiles first.
/// </summary>
internal sealed class ScriptTable
{
    private static readonly Lazy<ScriptTable> Bundled = new(Load);
    /// <summary>Every UTF-16 unit's Simplified form; itself when it has none.</summary>
    private readonly char[] _toSimplified;

    private ScriptTable(char[] toSimplified) => _toSimplified = toSimplified;

    public static ScriptTable Default => Bundled.Value;

    /// <summary>Characters that exist only in Traditional script (the table's keys; none of them is also a Simplified form).</summary>
    public bool IsTraditional(char c) => _toSimplified[c] != c;

    public char Fold(char c) => _toSimplified[c];

    public string ToSimplified(string text)
    {
        var i = 0;
        while (i < text.Length && !IsTraditional(text[i])) i++;
        if (i == text.Length) return text;
        return string.Create(text.Length, (text, this), static (span, state) =>
        {
            for (var k = 0; k < span.Length; k++) span[k] = state.Item2.Fold(state.text[k]);
        });
    }

    private const string ResourceName = "import/t2s_chars.tsv";

    /// <summary>
    /// The table as shipped (tab-separated traditional, simplified). The project's one copy: search's
    /// normaliser reads it from here too.
    /// </summary>
    internal static string ReadBundledTable()
    {
        using var reader = OpenBundledTable();
        return reader.ReadToEnd();
    }

    private static StreamReader OpenBundledTable() =>
        new(typeof(ScriptTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing"));

    private static ScriptTable Load()
    {
        using var reader = OpenBundledTable();
        var map = new char[char.MaxValue + 1];
        for (var c = 0; c < map.Length; c++) map[c] = (char)c;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#')) continue;
            var tab = line.IndexOf('\t');
            // Only single UTF-16 units on both sides: folding must keep the text's length.
            if (tab != 1 || line.Length != 3) continue;
            var (t, s) = (line[0], line[2]);
            if (t != s) map[t] = s;
        }
        // A character that is some other character's Simplified form is not evidence of Traditional script.
        var isSimplifiedForm = new bool[map.Length];
        for (var c = 0; c < map.Length; c++) isSimplifiedForm[map[c]] |= map[c] != c;
        for (var c = 0; c < map.Length; c++)
        {
            if (isSimplifiedForm[c]) map[c] = (char)c;
        }
        return new ScriptTable(map);
    }
}
