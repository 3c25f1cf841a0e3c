using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>
/// Keeps a body that a page repeats (a mirror that printed the article twice, a "full text" tab below the
/// summary) once: a paragraph of some length whose text, ignoring punctuation, spaces and script, already
/// stood earlier on the page goes; so does a short line (a heading, a number) that already stood earlier
/// when the paragraph after it goes too. No notice says the same long sentence twice.
/// </summary>
internal sealed class RepeatedBodyRemover : IImportStep
{
    /// <summary>Shorter lines (headings, names, dates) may well recur in a notice.</summary>
    private const int MinRepeatedHan = 16;

    public void Run(ImportDraft draft)
    {
        var lines = draft.Lines;
        var keys = lines.Select(TitleKey.Of).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var seenAt = new bool[lines.Count];
        var repeated = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (keys[i].Length == 0) continue;
            seenAt[i] = !seen.Add(keys[i]);
            repeated[i] = seenAt[i] && ChineseText.CountHan(lines[i]) >= MinRepeatedHan;
        }
        if (!repeated.Any(r => r)) return;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (repeated[i] || !seenAt[i]) continue;
            var next = i + 1;
            while (next < lines.Count && !repeated[next] && seenAt[next] && ChineseText.CountHan(lines[next]) < MinRepeatedHan) next++;
            if (next < lines.Count && repeated[next]) repeated[i] = true;
        }
        draft.Lines = lines.Where((_, i) => !repeated[i]).ToList();
    }
}
