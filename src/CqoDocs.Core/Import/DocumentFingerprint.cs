using System.Security.Cryptography;
using System.Text;
using CqoDocs.Core.Import.Text;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Import;

/// <summary>
/// What a document says, independent of how a site dressed it: its units' text folded to Simplified, with
/// punctuation, spaces, widths and labels ignored. Two mirrors of one report, or a Traditional and a
/// Simplified copy of one notice, get the same <see cref="Of"/>; copies that differ by a sentence or a
/// cleaning remnant still score a high <see cref="Similarity"/>.
/// </summary>
internal static class DocumentFingerprint
{
    /// <summary>Characters per shingle: long enough that unrelated notices share few, short enough to survive small edits.</summary>
    private const int ShingleLength = 5;

    /// <summary>The folded text: Han, letters and digits of every unit, in order.</summary>
    public static string Key(Document document)
    {
        var sb = new StringBuilder();
        foreach (var unit in document.Units) sb.Append(TitleKey.Of(unit.Text));
        return sb.ToString();
    }

    /// <summary>A short hex digest of <see cref="Key"/>: equal for documents whose text is the same.</summary>
    public static string Of(Document document) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Key(document))).AsSpan(0, 12));

    /// <summary>Jaccard similarity (0–1) of the two texts' shingles; 1 for the same text, near 0 for unrelated ones.</summary>
    public static double Similarity(Document a, Document b)
    {
        var x = Shingles(Key(a));
        var y = Shingles(Key(b));
        if (x.Count == 0 || y.Count == 0) return x.Count == y.Count ? 1 : 0;
        var common = x.Count(y.Contains);
        return (double)common / (x.Count + y.Count - common);
    }

    private static HashSet<string> Shingles(string key)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (key.Length <= ShingleLength)
        {
            if (key.Length > 0) set.Add(key);
            return set;
        }
        for (var i = 0; i + ShingleLength <= key.Length; i++) set.Add(key.Substring(i, ShingleLength));
        return set;
    }
}
