namespace CqoDocs.Core.Model;

/// <summary>
/// The smallest citable piece of a document: an article (第五条), a section (三、) or an item (三（二）),
/// or a paragraph of a news report (¶3).
/// </summary>
/// <param name="Label">What a citation names: 第五条, 三, 三（二）, 第二章, ¶3. Unique within a document.</param>
/// <param name="Heading">The unit's own heading when it has one (首席质量官任职条件), else null.</param>
/// <param name="Text">The unit's text, paragraphs separated by "\n".</param>
/// <param name="Topics">Topic keys (see <see cref="Topic"/>), most significant first.</param>
/// <param name="Depth">1 for top-level units, 2 for units nested in them (items in a section, articles in a chapter).</param>
public sealed record Unit(string Label, string? Heading, string Text, IReadOnlyList<string> Topics, int Depth = 1)
{
    public bool Equals(Unit? other) =>
        other is not null && Label == other.Label && Heading == other.Heading && Text == other.Text
        && Depth == other.Depth && Topics.SequenceEqual(other.Topics);

    public override int GetHashCode() => HashCode.Combine(Label, Heading, Text, Depth);
}
