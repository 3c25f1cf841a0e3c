using CqoDocs.Core.Import.Topics;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Import.Review;

/// <summary>
/// Corrections to where a document's units begin and end, as a reviewer makes them: a unit merged with the
/// next (the next one's heading, if any, becomes a paragraph) or split before one of its lines. The units
/// changed are tagged with topics again, by the same tagger the import uses.
/// </summary>
internal static class UnitEdits
{
    /// <param name="index">The unit's position in the document, from 0.</param>
    public static Document MergeWithNext(Document document, int index)
    {
        if (index < 0 || index + 1 >= document.Units.Count) throw new CqoDocsException("最后一个条目后面没有可合并的条目", field: Field(index));
        var (first, next) = (document.Units[index], document.Units[index + 1]);
        var paragraphs = Paragraphs(first.Text).Concat(next.Heading is { Length: > 0 } h ? [h] : []).Concat(Paragraphs(next.Text));
        var merged = Retag(first with { Text = string.Join("\n", paragraphs) });
        var units = document.Units.ToList();
        units[index] = merged;
        units.RemoveAt(index + 1);
        return document with { Units = units };
    }

    /// <param name="line">The line (paragraph, from 1) the new unit starts with; at least 2.</param>
    public static Document SplitAt(Document document, int index, int line)
    {
        if (index < 0 || index >= document.Units.Count) throw new CqoDocsException("没有这个条目", field: Field(index));
        var unit = document.Units[index];
        var paragraphs = Paragraphs(unit.Text);
        if (line < 2 || line > paragraphs.Count)
            throw new CqoDocsException(paragraphs.Count < 2 ? "这个条目只有一段，无法拆分" : $"拆分位置应在第 2 至 {paragraphs.Count} 段之间", field: Field(index));
        var taken = document.Units.Select(u => u.Label).ToHashSet(StringComparer.Ordinal);
        var label = CorpusImporter.UniqueId(unit.Label + "-2", taken);
        var head = Retag(unit with { Text = string.Join("\n", paragraphs.Take(line - 1)) });
        var tail = Retag(new Unit(label, null, string.Join("\n", paragraphs.Skip(line - 1)), [], unit.Depth));
        var units = document.Units.ToList();
        units[index] = head;
        units.Insert(index + 1, tail);
        return document with { Units = units };
    }

    /// <summary>The unit with the topics its heading and text earn now.</summary>
    public static Unit Retag(Unit unit) => unit with { Topics = TopicTagger.Tag(unit.Heading, unit.Text).ToList() };

    public static IReadOnlyList<string> Paragraphs(string text) =>
        text.Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();

    private static string Field(int index) => $"条目 {index + 1}";
}
