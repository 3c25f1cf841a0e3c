namespace CqoDocs.Core.Requirements;

/// <summary>
/// Where a value was read: the unit (by its label) and the characters [Start, End) of that unit's text
/// (UTF-16 offsets into <see cref="Model.Unit.Text"/>, so unit.Text[Start..End] == Text).
/// </summary>
public sealed record SourceSpan(string UnitLabel, int Start, int End, string Text)
{
    public static SourceSpan Of(UnitText unit, int start, int end) =>
        new(unit.Unit.Label, start, end, unit.Original[start..end]);
}
