using System.Text;

namespace CqoDocs.Search.Query;

/// <summary>A piece of display text and whether it is a matched word. A class: lists of it then share the
/// runtime's precompiled code, where a struct's are compiled in every cold search.</summary>
public sealed record TextPart(string Text, bool IsMatch);

/// <summary>Text cut into plain and matched parts, so each output (plain, console markup, JSON) marks them its own way.</summary>
public sealed record HighlightedText(IReadOnlyList<TextPart> Parts)
{
    public static readonly HighlightedText Empty = new([]);

    public string Plain => string.Concat(Parts.Select(p => p.Text));

    public IEnumerable<string> Matches => Parts.Where(p => p.IsMatch).Select(p => p.Text);

    /// <summary>The text with each match between <paramref name="open"/> and <paramref name="close"/>: 【首席质量官】.</summary>
    public string Marked(string open = "【", string close = "】")
    {
        var builder = new StringBuilder();
        foreach (var part in Parts)
        {
            if (part.IsMatch) builder.Append(open).Append(part.Text).Append(close);
            else builder.Append(part.Text);
        }
        return builder.ToString();
    }

    public string Marked(Func<string, string> plain, Func<string, string> match) =>
        string.Concat(Parts.Select(p => p.IsMatch ? match(p.Text) : plain(p.Text)));
}
