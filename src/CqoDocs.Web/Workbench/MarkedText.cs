using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace CqoDocs.Web.Workbench;

/// <summary>
/// A unit's text as paragraphs (one a line, as <see cref="Core.Corpus.CorpusMarkdown.Paragraphs"/> gives them),
/// with the marked stretches inside &lt;mark class="differs"&gt;; every character of the text is encoded.
/// </summary>
internal static class MarkedText
{
    // Chinese stays as it is, as on the rest of the pages; < > & " ' are still escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly char[] LineBreaks = ['\n', '\r', '\f', '\u0085', '\u2028', '\u2029'];

    public static IHtmlContent Of(string text, IReadOnlyList<TextMark> marks)
    {
        var ordered = marks.Where(m => m.Start < m.End).OrderBy(m => m.Start).ToList();
        var html = new StringBuilder();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOfAny(LineBreaks, start);
            if (end < 0) end = text.Length;
            var (from, to) = Trimmed(text, start, end);
            if (from < to) Paragraph(html, text, from, to, ordered);
            start = end + 1;
        }
        return new HtmlString(html.ToString());
    }

    private static (int From, int To) Trimmed(string text, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(text[from])) from++;
        while (to > from && char.IsWhiteSpace(text[to - 1])) to--;
        return (from, to);
    }

    /// <summary>One paragraph; a mark that overlaps one already written keeps only its part after it, one across a line break is cut at it.</summary>
    private static void Paragraph(StringBuilder html, string text, int from, int to, IReadOnlyList<TextMark> marks)
    {
        var encoder = Encoder;
        html.Append("<p>");
        var at = from;
        foreach (var mark in marks)
        {
            var start = Math.Max(mark.Start, at);
            var end = Math.Min(mark.End, to);
            if (start >= end || mark.Start < at && mark.End <= at) continue;
            html.Append(encoder.Encode(text[at..start]));
            html.Append("<mark class=\"").Append(mark.Departs ? "differs departs" : "differs").Append("\" title=\"")
                .Append(encoder.Encode(mark.Title)).Append("\">")
                .Append(encoder.Encode(text[start..end])).Append("</mark>");
            at = end;
        }
        html.Append(encoder.Encode(text[at..to]));
        html.Append("</p>");
    }
}
