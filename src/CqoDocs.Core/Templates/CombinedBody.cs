using System.Text;

namespace CqoDocs.Core.Templates;

/// <summary>
/// Joins the filled main parts of several documents into one for printing: each document's body ends with
/// a section break to a new page that restarts the page numbers, and the last keeps the template's own
/// section properties.
/// </summary>
internal static class CombinedBody
{
    private const string BodyOpen = "<w:body>";
    private const string BodyClose = "</w:body>";
    private static readonly string[] AfterPageNumbers = ["<w:cols", "<w:formProt", "<w:vAlign", "<w:noEndnote", "<w:titlePg", "<w:textDirection", "<w:bidi", "<w:rtlGutter", "<w:docGrid", "<w:printerSettings", "<w:sectPrChange", "</w:sectPr>"];

    public static string Join(IReadOnlyList<string> documents)
    {
        if (documents.Count == 1) return documents[0];
        var first = documents[0];
        var head = first[..(first.IndexOf(BodyOpen, StringComparison.Ordinal) + BodyOpen.Length)];
        var sb = new StringBuilder(head, documents.Sum(d => d.Length));
        for (var i = 0; i < documents.Count; i++)
        {
            var (content, section) = Split(documents[i]);
            sb.Append(content);
            // A paragraph's section properties describe the section that ends there; every section restarts at 1.
            if (i < documents.Count - 1) sb.Append("<w:p><w:pPr>").Append(RestartingNumbers(section)).Append("</w:pPr></w:p>");
            else sb.Append(RestartingNumbers(section));
        }
        sb.Append(first[first.LastIndexOf(BodyClose, StringComparison.Ordinal)..]);
        return sb.ToString();
    }

    /// <summary>A body's content and its final section properties.</summary>
    private static (string Content, string Section) Split(string document)
    {
        var start = document.IndexOf(BodyOpen, StringComparison.Ordinal) + BodyOpen.Length;
        var end = document.LastIndexOf(BodyClose, StringComparison.Ordinal);
        var body = document[start..end];
        var section = body.LastIndexOf("<w:sectPr", StringComparison.Ordinal);
        var lastParagraphEnd = body.LastIndexOf("</w:p>", StringComparison.Ordinal);
        var lastTableEnd = body.LastIndexOf("</w:tbl>", StringComparison.Ordinal);
        if (section < 0 || section < Math.Max(lastParagraphEnd, lastTableEnd)) return (body, "");
        return (body[..section], body[section..]);
    }

    private static string RestartingNumbers(string section)
    {
        if (section.Length == 0 || section.Contains("<w:pgNumType", StringComparison.Ordinal)) return section;
        if (!section.Contains("</w:sectPr>", StringComparison.Ordinal))
        {
            // <w:sectPr/>: open it to hold the page numbering.
            var close = section.LastIndexOf("/>", StringComparison.Ordinal);
            return section[..close].TrimEnd() + "><w:pgNumType w:start=\"1\"/></w:sectPr>";
        }
        var at = AfterPageNumbers.Select(t => section.IndexOf(t, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        return at < 0 ? section : section.Insert(at, "<w:pgNumType w:start=\"1\"/>");
    }
}
