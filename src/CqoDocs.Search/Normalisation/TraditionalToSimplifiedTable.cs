using System.Text;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Search.Normalisation;

/// <summary>
/// OpenCC's character-level Traditional→Simplified table (shipped once, in CqoDocs.Core: Import/Data/t2s_chars.tsv), restricted to
/// rows that keep the UTF-16 length: a Basic Multilingual Plane character maps to one, a supplementary
/// character (surrogate pair) to another. The rows that would change the length are left out, so the
/// character stays as it is: 795 BMP characters whose simplified form is a rare supplementary character
/// (㑮 → 𫝈; fonts and jieba's dictionary do not know those anyway) and 29 supplementary characters whose
/// simplified form is in the BMP (𡻕 → 岁).
/// </summary>
internal sealed class TraditionalToSimplifiedTable
{
    private static readonly Lazy<TraditionalToSimplifiedTable> s_bundled = new(() =>
        Parse(ScriptTable.ReadBundledTable()));

    private readonly char[] _bmp;
    private readonly Dictionary<int, int> _supplementary;

    private TraditionalToSimplifiedTable(char[] bmp, Dictionary<int, int> supplementary)
    {
        _bmp = bmp;
        _supplementary = supplementary;
    }

    public static TraditionalToSimplifiedTable Bundled => s_bundled.Value;

    /// <summary>Rows mapped (the rest of the table was skipped as length-changing).</summary>
    public int Count { get; private init; }

    public char Map(char c) => _bmp[c];

    /// <summary>The simplified form of a supplementary code point, or the code point itself.</summary>
    public int Map(int codePoint) => _supplementary.TryGetValue(codePoint, out var simplified) ? simplified : codePoint;

    public bool HasSupplementary => _supplementary.Count > 0;

    public static TraditionalToSimplifiedTable Parse(string table)
    {
        var bmp = new char[char.MaxValue + 1];
        for (var c = 0; c < bmp.Length; c++) bmp[c] = (char)c;
        var supplementary = new Dictionary<int, int>();
        var count = 0;
        foreach (var line in table.AsSpan().EnumerateLines())
        {
            if (line.IsEmpty || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            if (tab < 0) throw new InvalidDataException($"t2s_chars: malformed row \"{line.ToString()}\"");
            if (!SingleRune(line[..tab], out var from) || !SingleRune(line[(tab + 1)..], out var to)) continue;
            if (from.Utf16SequenceLength != to.Utf16SequenceLength) continue;
            if (from.IsBmp) bmp[from.Value] = (char)to.Value;
            else supplementary[from.Value] = to.Value;
            count++;
        }
        return new TraditionalToSimplifiedTable(bmp, supplementary) { Count = count };
    }

    private static bool SingleRune(ReadOnlySpan<char> text, out Rune rune) =>
        Rune.DecodeFromUtf16(text, out rune, out var consumed) == System.Buffers.OperationStatus.Done && consumed == text.Length;
}
