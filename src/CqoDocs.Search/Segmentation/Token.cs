namespace CqoDocs.Search.Segmentation;

/// <summary>
/// One word of a segmented text: its characters and where they sit in the text that was cut, as UTF-16
/// offsets (<see cref="End"/> exclusive), so <c>text[Start..End] == Text</c>.
/// </summary>
public readonly record struct Token(string Text, int Start, int End)
{
    public int Length => End - Start;
}
