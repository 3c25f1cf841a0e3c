namespace CqoDocs.Search.Segmentation;

/// <summary>A token without its text: UTF-16 offsets into the text that was cut, <see cref="End"/> exclusive.</summary>
internal readonly record struct TokenRange(int Start, int End)
{
    public int Length => End - Start;
}
