using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CqoDocs.Core.Templates;

/// <summary>A part of a .docx that may hold tags, with the name a user knows it by.</summary>
internal sealed record TemplatePart(OpenXmlPart Part, string DisplayName);

/// <summary>Lists the parts of a Word document that carry text: the body, headers, footers, foot- and endnotes.</summary>
internal static class TemplateParts
{
    public static IReadOnlyList<TemplatePart> Of(WordprocessingDocument document, string templateName)
    {
        var main = document.MainDocumentPart ?? throw new CqoDocsException("模板里没有正文部分，不是 Word 文档（.docx）", file: templateName);
        var parts = new List<TemplatePart> { new(main, "正文") };
        var names = ReferenceNames(main);
        foreach (var header in main.HeaderParts) parts.Add(new(header, NameOf(main, header, names, "页眉")));
        foreach (var footer in main.FooterParts) parts.Add(new(footer, NameOf(main, footer, names, "页脚")));
        if (main.FootnotesPart is { } footnotes) parts.Add(new(footnotes, "脚注"));
        if (main.EndnotesPart is { } endnotes) parts.Add(new(endnotes, "尾注"));
        return parts;
    }

    /// <summary>首页页眉, 偶数页页脚 …: what Word's header/footer tools call each reference type.</summary>
    private static Dictionary<string, string> ReferenceNames(MainDocumentPart main)
    {
        var evenAndOdd = main.DocumentSettingsPart?.Settings?.GetFirstChild<EvenAndOddHeaders>() is { } e
            && (e.Val is null || e.Val.Value);
        var names = new Dictionary<string, string>();
        var body = main.Document?.Body;
        if (body is null) return names;
        foreach (var reference in body.Descendants<HeaderFooterReferenceType>())
        {
            if (reference.Id?.Value is not { } id || names.ContainsKey(id)) continue;
            var type = reference.Type?.Value;
            names[id] = type == HeaderFooterValues.First ? "首页"
                : type == HeaderFooterValues.Even ? "偶数页"
                : evenAndOdd ? "奇数页" : "";
        }
        return names;
    }

    private static string NameOf(MainDocumentPart main, OpenXmlPart part, Dictionary<string, string> names, string kind)
    {
        var id = main.GetIdOfPart(part);
        var file = Path.GetFileName(part.Uri.OriginalString);
        return names.TryGetValue(id, out var prefix) ? $"{prefix}{kind}（{file}）" : $"{kind}（{file}）";
    }
}
