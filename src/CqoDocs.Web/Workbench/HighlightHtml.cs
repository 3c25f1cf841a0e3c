using CqoDocs.Search.Query;
using Microsoft.AspNetCore.Html;

namespace CqoDocs.Web.Workbench;

/// <summary>Highlighted text as HTML: every part encoded, the matches inside &lt;mark&gt;, no whitespace added between parts.</summary>
internal static class HighlightHtml
{
    public static IHtmlContent Of(HighlightedText text)
    {
        var html = new HtmlContentBuilder();
        foreach (var part in text.Parts)
        {
            if (part.IsMatch) html.AppendHtml("<mark>").Append(part.Text).AppendHtml("</mark>");
            else html.Append(part.Text);
        }
        return html;
    }
}
