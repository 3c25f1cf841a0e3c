using System.Collections.Frozen;

namespace CqoDocs.Core.Import.Text;

/// <summary>
/// OpenCC's character-level Traditional→Simplified table (embedded resource import/t2s_chars.tsv,
/// Apache-2.0). Folding keeps the length, so an index into the folded text is an index into the original:
/// steps match Simplified cue words on the fold and cut the original text at the same places.
/// </summary>
internal sealed class ScriptTable
{
    private static readonly Lazy<ScriptTable> Bundled = new(Load);
    private readonly FrozenDictionary<char, char> _toSimplified;

    private ScriptTable(FrozenDictionary<char, char> toSimplified) => _toSimplified = toSimplified;

    public static ScriptTable Default => Bundled.Value;

    /// <summary>Characters that exist only in Traditional script (the table's keys; none of them is also a Simplified form).</summary>
    public bool IsTraditional(char c) => _toSimplified.ContainsKey(c);

    public char Fold(char c) => _toSimplified.TryGetValue(c, out var s) ? s : c;

    public string ToSimplified(string text)
    {
        var i = 0;
        while (i < text.Length && !_toSimplified.ContainsKey(text[i])) i++;
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
        var map = new Dictionary<char, char>();
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
        foreach (var s in map.Values.ToList()) map.Remove(s);
        return new ScriptTable(map.ToFrozenDictionary());
    }
}
