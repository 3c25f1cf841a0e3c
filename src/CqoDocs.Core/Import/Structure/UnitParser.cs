using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Structure;

/// <summary>
/// Cuts the body into units by its numbering. The outermost scheme that runs in sequence decides:
/// chapters and articles (第一章 / 第一条) for measures; sections (一、) with their items (（一）) as nested
/// units for opinions and plans; items alone; clauses (4.1) for standards; 1. lists; otherwise every
/// paragraph is a unit (news). Lower levels stay in their unit's text, one paragraph each: the items
/// （一）（二） of an article are part of the article. Text before the first unit is the preamble (序言).
/// </summary>
internal sealed class UnitParser : IImportStep
{
    public const string PreambleLabel = "序言";

    internal static readonly HashSet<string> PreambleNames = ["前言", "引言", "序言", "导言"];

    private enum Mode { Articles, Sections, Items, Clauses, Numbered, Paragraphs }

    public void Run(ImportDraft draft)
    {
        var layout = draft.Layout;
        var lines = layout.Body;
        var folded = lines.Select(ScriptTable.Default.ToSimplified).ToList();
        var markers = folded.Select(NumberingMarker.Parse).ToList();
        var mode = ChooseMode(markers, draft);
        var units = layout.Units;
        var state = new Dictionary<MarkerKind, int>();
        UnitDraft? current = null;
        UnitDraft? parent = null;
        var preamble = new UnitDraft(UnitKind.Preamble, PreambleLabel, 1);
        var paragraph = 0;

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (mode == Mode.Paragraphs)
            {
                units.Add(Paragraph(++paragraph, line));
                continue;
            }
            var opens = markers[i] is { } m && Opens(mode, m, state, parent) ? m : (NumberingMarker?)null;
            if (opens is not { } marker)
            {
                if (markers[i] is { Kind: MarkerKind.Part } && mode == Mode.Articles) continue; // 第一节 headings group articles; no unit
                (current ?? preamble).Paragraphs.Add(line);
                continue;
            }
            var rest = line[marker.Length..].Trim().TrimStart('：', ':', '、', '，').Trim();
            // Labels keep the document's script: 第五條 in a Traditional notice.
            var written = marker.Kind is MarkerKind.Chapter or MarkerKind.Article
                ? line[..marker.Length].Replace(" ", "").Trim() : marker.Written;
            var unit = Open(mode, marker with { Written = written }, rest, parent, state);
            if (unit.Depth == 1) parent = unit;
            current = unit;
            units.Add(unit);
        }
        if (preamble.Paragraphs.Count > 0) units.Insert(0, NamePreamble(preamble));
        MakeLabelsUnique(units);
    }

    private static Mode ChooseMode(List<NumberingMarker?> markers, ImportDraft draft)
    {
        int Sequence(MarkerKind kind)
        {
            var last = 0;
            var count = 0;
            foreach (var m in markers)
            {
                if (m is not { } marker) continue;
                if (marker.Kind == kind && (marker.Number == last + 1 || marker.Number == last + 2 && last > 0))
                {
                    last = marker.Number;
                    count++;
                }
                else if (marker.Kind < kind && kind is MarkerKind.Item or MarkerKind.Numbered)
                {
                    last = 0; // an outer unit restarts the inner numbering
                }
            }
            return count;
        }

        if (Sequence(MarkerKind.Article) >= 2) return Mode.Articles;
        var sections = Sequence(MarkerKind.Section);
        if (sections >= 2 || sections == 1 && Sequence(MarkerKind.Item) >= 2) return Mode.Sections;
        var clauses = markers.Count(m => m is { Kind: MarkerKind.Clause });
        if (clauses >= 3 && LooksLikeStandard(draft)) return Mode.Clauses;
        if (Sequence(MarkerKind.Item) >= 2) return Mode.Items;
        if (Sequence(MarkerKind.Numbered) >= 2) return Mode.Numbered;
        return clauses >= 3 ? Mode.Clauses : Mode.Paragraphs;
    }

    private static bool LooksLikeStandard(ImportDraft draft)
    {
        var title = ScriptTable.Default.ToSimplified(draft.Layout.Title ?? "");
        return title.Contains("规范", StringComparison.Ordinal) || title.Contains("标准", StringComparison.Ordinal)
            || title.Contains("指南", StringComparison.Ordinal) || title.Contains("导则", StringComparison.Ordinal)
            || draft.Layout.Body.Any(l => l.Contains("规范性引用文件", StringComparison.Ordinal) || l.Contains("术语和定义", StringComparison.Ordinal));
    }

    private static bool Opens(Mode mode, NumberingMarker marker, Dictionary<MarkerKind, int> state, UnitDraft? parent)
    {
        var kinds = mode switch
        {
            Mode.Articles => new[] { MarkerKind.Chapter, MarkerKind.Article },
            Mode.Sections => [MarkerKind.Section, MarkerKind.Item],
            Mode.Items => [MarkerKind.Item],
            Mode.Clauses => [MarkerKind.Clause],
            Mode.Numbered => [MarkerKind.Numbered],
            _ => [],
        };
        if (!kinds.Contains(marker.Kind)) return false;
        if (marker.Kind == MarkerKind.Clause) return true;
        if (mode == Mode.Sections && marker.Kind == MarkerKind.Item && parent is null) return false;
        var last = state.GetValueOrDefault(marker.Kind);
        return marker.Number == last + 1 || marker.Number == last + 2 && last > 0
            || marker.Number == 1 && marker.Kind == MarkerKind.Article && state.ContainsKey(MarkerKind.Chapter);
    }

    private static UnitDraft Open(Mode mode, NumberingMarker marker, string rest, UnitDraft? parent, Dictionary<MarkerKind, int> state)
    {
        state[marker.Kind] = marker.Number;
        switch (marker.Kind)
        {
            case MarkerKind.Chapter:
                state.Remove(MarkerKind.Part);
                return new UnitDraft(UnitKind.Chapter, marker.Written, 1) { Heading = rest.Length > 0 ? rest : null };
            case MarkerKind.Article:
            {
                var unit = new UnitDraft(UnitKind.Article, marker.Written, parent is { Kind: UnitKind.Chapter } ? 2 : 1);
                if (rest.Length > 0) unit.Paragraphs.Add(rest);
                return unit;
            }
            case MarkerKind.Section:
            {
                state.Remove(MarkerKind.Item);
                var unit = new UnitDraft(UnitKind.Section, marker.Written, 1);
                if (rest.Length > 0) unit.Paragraphs.Add(rest);
                return unit;
            }
            case MarkerKind.Item:
            {
                var nested = mode == Mode.Sections && parent is not null;
                var unit = new UnitDraft(UnitKind.Item, nested ? parent!.Label + marker.Written : marker.Written, nested ? 2 : 1);
                if (rest.Length > 0) unit.Paragraphs.Add(rest);
                return unit;
            }
            case MarkerKind.Clause:
            {
                var unit = new UnitDraft(UnitKind.Clause, marker.Clause!, marker.ClauseDepth == 1 ? 1 : 2, marker.ClauseDepth);
                if (rest.Length > 0) unit.Paragraphs.Add(rest);
                return unit;
            }
            default:
            {
                var unit = new UnitDraft(UnitKind.Numbered, marker.Written, 1);
                if (rest.Length > 0) unit.Paragraphs.Add(rest);
                return unit;
            }
        }
    }

    /// <summary>A preamble that names itself (前言, 引言, 序言 standing alone on its first line) takes that name as its label.</summary>
    private static UnitDraft NamePreamble(UnitDraft preamble)
    {
        var first = ScriptTable.Default.ToSimplified(preamble.Paragraphs[0]).Trim();
        if (!PreambleNames.Contains(first) || preamble.Paragraphs.Count < 2) return preamble;
        var named = new UnitDraft(UnitKind.Preamble, preamble.Paragraphs[0].Trim(), 1);
        named.Paragraphs.AddRange(preamble.Paragraphs.Skip(1));
        return named;
    }

    private static UnitDraft Paragraph(int n, string line)
    {
        var unit = new UnitDraft(UnitKind.Paragraph, $"第{n}段", 1);
        unit.Paragraphs.Add(line);
        return unit;
    }

    /// <summary>Labels are unique within a document: a repeated one takes its parent's label in front, or a count.</summary>
    private static void MakeLabelsUnique(List<UnitDraft> units)
    {
        var seen = new HashSet<string>();
        UnitDraft? parent = null;
        foreach (var unit in units)
        {
            if (unit.Depth == 1) parent = unit;
            if (seen.Add(unit.Label)) continue;
            if (unit.Depth == 2 && parent is not null && seen.Add(parent.Label + unit.Label))
            {
                unit.Label = parent.Label + unit.Label;
                continue;
            }
            var n = 2;
            while (!seen.Add($"{unit.Label}之{n}")) n++;
            unit.Label = $"{unit.Label}之{n}";
        }
    }
}
