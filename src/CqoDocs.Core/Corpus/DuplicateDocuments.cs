using CqoDocs.Core.Import.Text;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Corpus;

/// <summary>A document left out of a set, and the copy of it that was kept.</summary>
public sealed record DuplicateDocument(Document Dropped, Document Kept);

/// <summary>
/// Finds the same document imported twice, typically from two sites that mirror one notice: the same title
/// (ignoring punctuation and script), the same date (or one of them undated) and nearly the same text. The
/// copy kept is the bundled one, else the one with more text, else the first by id.
/// </summary>
internal static class DuplicateDocuments
{
    /// <summary>Share of the shorter text's character trigrams the longer text must hold too.</summary>
    private const double Containment = 0.8;

    public static (IReadOnlyList<Document> Kept, IReadOnlyList<DuplicateDocument> Duplicates) Remove(
        IReadOnlyList<Document> documents, IReadOnlySet<string> libraryIds)
    {
        var dropped = new Dictionary<Document, Document>(ReferenceEqualityComparer.Instance);
        foreach (var group in documents.GroupBy(d => TitleKey.Of(d.Title)).Where(g => g.Key.Length > 0 && g.Count() > 1))
        {
            var candidates = group
                .OrderBy(d => libraryIds.Contains(d.Id) ? 1 : 0)
                .ThenByDescending(TextLength)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ToList();
            var grams = candidates.Select(Trigrams).ToList();
            for (var i = 0; i < candidates.Count; i++)
            {
                if (dropped.ContainsKey(candidates[i])) continue;
                for (var j = i + 1; j < candidates.Count; j++)
                {
                    if (dropped.ContainsKey(candidates[j])) continue;
                    if (SameDate(candidates[i], candidates[j]) && NearlySameText(grams[i], grams[j]))
                    {
                        dropped[candidates[j]] = candidates[i];
                    }
                }
            }
        }
        if (dropped.Count == 0) return (documents, []);
        return (documents.Where(d => !dropped.ContainsKey(d)).ToList(),
            dropped.Select(p => new DuplicateDocument(p.Key, p.Value)).OrderBy(d => d.Dropped.Id, StringComparer.Ordinal).ToList());
    }

    private static bool SameDate(Document a, Document b) => a.Date is null || b.Date is null || a.Date == b.Date;

    private static int TextLength(Document d) => d.Units.Sum(u => u.Text.Length);

    private static bool NearlySameText(HashSet<string> a, HashSet<string> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        if (small.Count == 0) return large.Count == 0;
        var shared = small.Count(large.Contains);
        return shared >= Containment * small.Count;
    }

    /// <summary>The text's character trigrams after folding script and dropping punctuation and spaces.</summary>
    private static HashSet<string> Trigrams(Document d)
    {
        var text = TitleKey.Of(string.Join("", d.Units.Select(u => u.Heading + u.Text)));
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= text.Length; i++) grams.Add(text.Substring(i, 3));
        return grams;
    }
}
