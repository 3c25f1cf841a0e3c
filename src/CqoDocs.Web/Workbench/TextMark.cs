namespace CqoDocs.Web.Workbench;

/// <summary>
/// A stretch of a unit's text to mark: characters [Start, End) of <see cref="Core.Model.Unit.Text"/>, the tooltip
/// naming what it is (学历：大学本科以上), and whether its document departs from what most of the others say.
/// </summary>
internal sealed record TextMark(int Start, int End, string Title, bool Departs);
