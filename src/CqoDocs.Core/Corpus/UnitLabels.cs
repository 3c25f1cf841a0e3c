using System.Text;
using CqoDocs.Core.Import.Text;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Corpus;

/// <summary>
/// Finds a unit by its label as a user types it: either script (第十一條), ASCII or full-width brackets
/// (三(二)), Arabic or Chinese numbers (第11条), spaces anywhere.
/// </summary>
public static class UnitLabels
{
    public static Unit? Find(Document document, string typed)
    {
        if (document.FindUnit(typed) is { } exact) return exact;
        var key = Key(typed);
        return key.Length == 0 ? null : document.Units.FirstOrDefault(u => Key(u.Label) == key);
    }

    /// <summary>The unit and, for a section, the items nested in it (the units after it that are deeper).</summary>
    public static IReadOnlyList<Unit> WithItems(Document document, Unit unit)
    {
        var at = -1;
        for (var i = 0; i < document.Units.Count && at < 0; i++) if (ReferenceEquals(document.Units[i], unit)) at = i;
        if (at < 0) return [unit];
        var result = new List<Unit> { unit };
        for (var i = at + 1; i < document.Units.Count && document.Units[i].Depth > unit.Depth; i++) result.Add(document.Units[i]);
        return result;
    }

    /// <summary>Simplified, brackets full-width, no spaces, every run of numerals as its value in digits.</summary>
    private static string Key(string label)
    {
        var folded = ScriptTable.Default.ToSimplified(label.Trim());
        var sb = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length;)
        {
            var c = Width(folded[i]);
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (ChineseNumber.IsNumeral(c) || char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < folded.Length && (ChineseNumber.IsNumeral(Width(folded[i])) || char.IsAsciiDigit(Width(folded[i])))) i++;
                var run = string.Concat(folded[start..i].Select(Width));
                var value = ChineseNumber.Parse(run);
                sb.Append(value >= 0 ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : run);
                continue;
            }
            sb.Append(c);
            i++;
        }
        return sb.ToString();
    }

    /// <summary>ASCII brackets to the full-width ones labels use; full-width digits to ASCII.</summary>
    private static char Width(char c) => c switch
    {
        '(' => '（',
        ')' => '）',
        '[' or '【' => '〔',
        ']' or '】' => '〕',
        >= '０' and <= '９' => (char)(c - '０' + '0'),
        _ => c,
    };
}
