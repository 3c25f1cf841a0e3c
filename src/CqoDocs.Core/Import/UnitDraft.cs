using CqoDocs.Core.Model;

namespace CqoDocs.Core.Import;

/// <summary>What a numbering marker opens: the shapes of units a notice is made of.</summary>
internal enum UnitKind
{
    Preamble,
    Chapter,
    Article,
    Section,
    Item,
    Numbered,
    Clause,
    Paragraph,
}

/// <summary>A unit while the pipeline is still shaping it: paragraphs are added, a heading split off, topics tagged.</summary>
internal sealed class UnitDraft(UnitKind kind, string label, int depth, int? level = null)
{
    public UnitKind Kind { get; } = kind;
    public string Label { get; set; } = label;
    /// <summary>1 or 2, as the corpus nests units.</summary>
    public int Depth { get; } = depth;
    /// <summary>The numbering level, which may go deeper than <see cref="Depth"/> (4.1.1 is level 3, depth 2).</summary>
    public int Level { get; } = level ?? depth;
    public string? Heading { get; set; }
    public List<string> Paragraphs { get; } = [];
    public List<string> Topics { get; } = [];

    public string Text => string.Join("\n", Paragraphs);

    public Unit ToUnit() => new(Label, Heading, Text, Topics.ToArray(), Depth);

    public override string ToString() => $"{Label} [{Heading}] {Text}";
}
