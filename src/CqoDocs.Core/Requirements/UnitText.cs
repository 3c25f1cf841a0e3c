using CqoDocs.Core.Import.Text;
using CqoDocs.Core.Model;

namespace CqoDocs.Core.Requirements;

/// <summary>
/// A unit's text ready for the extractors: folded to Simplified script and ASCII digits with the same length (so an offset
/// into <see cref="Folded"/> is an offset into <see cref="Original"/>) and cut into sentences.
/// </summary>
public sealed class UnitText
{
    private UnitText(Unit unit, Unit? parent)
    {
        Unit = unit;
        Headings = new[] { unit.Heading, parent?.Heading }.OfType<string>().Select(ScriptTable.Default.ToSimplified).ToList();
        Original = unit.Text;
        Folded = FoldDigits(ScriptTable.Default.ToSimplified(unit.Text));
        Sentences = Sentence.Split(Folded);
    }

    public Unit Unit { get; }
    public string Original { get; }
    public string Folded { get; }
    public IReadOnlyList<Sentence> Sentences { get; }
    /// <summary>The unit's heading and its section's (二、任職條件 over the item 二（三）), in Simplified script.</summary>
    public IReadOnlyList<string> Headings { get; }

    /// <param name="parent">The section an item or article sits in, whose heading tells what the item is about.</param>
    public static UnitText Of(Unit unit, Unit? parent = null) => new(unit, parent);

    /// <summary>Full-width digits (２４学时) as ASCII, one for one, so numbers parse wherever they are written.</summary>
    private static string FoldDigits(string text) =>
        text.Any(c => c is >= '０' and <= '９') ? string.Create(text.Length, text, (span, t) =>
        {
            for (var i = 0; i < t.Length; i++) span[i] = t[i] is >= '０' and <= '９' ? (char)(t[i] - '０' + '0') : t[i];
        }) : text;

    public bool HasTopic(string topic) => Unit.Topics.Contains(topic);

    public Sentence SentenceAt(int offset) =>
        Sentences.FirstOrDefault(s => offset >= s.Start && offset < s.End) ?? Sentences[^1];
}

/// <summary>
/// A stretch of text between 。；！？ or line breaks, as [Start, End) in the unit's text. Items of a list
/// （一）…；（二）… are sentences of their own.
/// </summary>
public sealed record Sentence(int Start, int End, string Text)
{
    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('。' or '；' or ';' or '！' or '？' or '\n')) continue;
            var end = i < text.Length && text[i] != '\n' ? i + 1 : i;
            if (text.AsSpan(start, end - start).Trim().Length > 0) sentences.Add(new Sentence(start, end, text[start..end]));
            start = i + 1;
        }
        if (sentences.Count == 0) sentences.Add(new Sentence(0, text.Length, text));
        return sentences;
    }
}
