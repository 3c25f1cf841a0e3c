namespace CqoDocs.Core.Templates;

/// <summary>
/// Where a tag stands in a template, told the way a person finds it in Word: the part (正文, 页眉, 页脚),
/// the paragraph's number within that part, and the paragraph's text.
/// </summary>
internal sealed record TemplateLocation(string Part, int Paragraph, string Nearby)
{
    private const int NearbyLength = 24;

    public static TemplateLocation Of(string part, int paragraph, string paragraphText)
    {
        var text = paragraphText.Trim();
        if (text.Length > NearbyLength) text = text[..NearbyLength] + "…";
        return new TemplateLocation(part, paragraph, text);
    }

    public override string ToString() => $"{Part}第 {Paragraph} 段“{Nearby}”";
}
