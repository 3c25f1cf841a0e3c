using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CqoDocs.Core.Templates;

/// <summary>
/// GB/T 9704-2012 7.3.5: the signature and the date are never alone on a page. A template marks its
/// signature with a paragraph style named 发文机关署名 (or 落款); whatever paragraph ends up before the first
/// such paragraph once the data is filled (the last item of a list, the closing sentence, an attachment
/// line) is set to keep with it, so a page break moves body text along with the signature.
/// </summary>
internal sealed class KeepWithSignature
{
    private static readonly string[] StyleNames = ["发文机关署名", "落款"];
    private readonly string[] _styleTags;
    private readonly HashSet<string> _keptStyles;

    private KeepWithSignature(IEnumerable<string> styleIds, HashSet<string> keptStyles)
    {
        _styleTags = styleIds.Select(id => $"<w:pStyle w:val=\"{id}\"").ToArray();
        _keptStyles = keptStyles;
    }

    public static KeepWithSignature? For(WordprocessingDocument document)
    {
        var styles = document.MainDocumentPart?.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [];
        var ids = styles
            .Where(s => s.Type?.Value == StyleValues.Paragraph && s.StyleId?.Value is not null && StyleNames.Contains(s.StyleName?.Val?.Value))
            .Select(s => s.StyleId!.Value!)
            .ToList();
        // Paragraphs whose style already keeps them with the next (attachment lines) go along, and the one before them is kept too.
        var kept = styles.Where(s => s.StyleParagraphProperties?.KeepNext is not null && s.StyleId?.Value is not null).Select(s => s.StyleId!.Value!).ToHashSet();
        return ids.Count == 0 ? null : new KeepWithSignature(ids, kept);
    }

    /// <summary>Sets keep-with-next on the paragraph before the first signature paragraph of a filled part.</summary>
    public void Apply(StringBuilder xml)
    {
        var text = xml.ToString();
        var style = _styleTags.Select(t => text.IndexOf(t, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        if (style < 0) return;
        var signature = ParagraphStart(text, style);
        if (signature <= 0) return;
        var previous = ParagraphStart(text, signature - 1);
        for (var steps = 0; previous > 0 && steps < 20 && _keptStyles.Contains(StyleOf(text, previous) ?? ""); steps++)
        {
            previous = ParagraphStart(text, previous - 1);
        }
        if (previous < 0) return;
        var open = text.IndexOf('>', previous) + 1;
        if (text.AsSpan(open).StartsWith("<w:pPr>", StringComparison.Ordinal))
        {
            var end = text.IndexOf("</w:pPr>", open, StringComparison.Ordinal);
            if (end < 0 || text.IndexOf("<w:keepNext", open, end - open, StringComparison.Ordinal) >= 0) return;
            var at = open + "<w:pPr>".Length;
            if (text.AsSpan(at).StartsWith("<w:pStyle ", StringComparison.Ordinal)) at = text.IndexOf("/>", at, StringComparison.Ordinal) + 2;
            xml.Insert(at, "<w:keepNext/>");
        }
        else
        {
            xml.Insert(open, "<w:pPr><w:keepNext/></w:pPr>");
        }
    }

    private static string? StyleOf(string text, int paragraph)
    {
        const string tag = "<w:pStyle w:val=\"";
        var open = text.IndexOf('>', paragraph) + 1;
        if (!text.AsSpan(open).StartsWith("<w:pPr>" + tag, StringComparison.Ordinal)) return null;
        var start = open + "<w:pPr>".Length + tag.Length;
        return text[start..text.IndexOf('"', start)];
    }

    /// <summary>Where the paragraph holding <paramref name="index"/> (or the last one before it) begins; -1 when none does.</summary>
    private static int ParagraphStart(string text, int index)
    {
        for (var i = text.LastIndexOf("<w:p", index, StringComparison.Ordinal); i >= 0; i = i == 0 ? -1 : text.LastIndexOf("<w:p", i - 1, StringComparison.Ordinal))
        {
            if (i + 4 < text.Length && text[i + 4] is '>' or ' ') return i;
        }
        return -1;
    }
}
