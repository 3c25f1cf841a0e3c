using System.Text.RegularExpressions;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>
/// Removes what a site's template engine left unfilled, wherever it stands in a line: "{$loop_num=0}",
/// "{{ article.footer }}", "{% endif %}", "${title}", "[!--newstext--]", "&lt;!--#include …--&gt;" and the
/// server's "[an error occurred while processing this directive]". No notice writes braces around a word.
/// Markup copied as text goes too: tags ("&lt;p&gt;", "&lt;/span&gt;") and character entities ("&amp;nbsp;",
/// "&amp;ldquo;" become the characters they stand for).
/// </summary>
internal sealed partial class TemplateLeftoverRemover : IImportStep
{
    [GeneratedRegex(@"\{\{[^{}\n]{0,160}\}\}|\{[$%#:@][^{}\n]{0,160}\}|\$\{[^{}\n]{0,120}\}|\[!--[^\]\n]{0,120}--\]|<!--.{0,200}?-->|<\$[^<>\n]{0,120}\$>|\[an error occurred[^\]]*\]", RegexOptions.IgnoreCase)]
    private static partial Regex Leftover();

    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]{0,10}(?:\s[^<>\n]{0,200})?/?>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")]
    private static partial Regex Entity();

    public void Run(ImportDraft draft)
    {
        var kept = new List<string>(draft.Lines.Count);
        foreach (var raw in draft.Lines)
        {
            var line = raw.Contains('&') ? Entity().Replace(raw, m => System.Net.WebUtility.HtmlDecode(m.Value).Replace('\u00A0', ' ')) : raw;
            if (line.IndexOfAny(['{', '[', '<', '$']) < 0)
            {
                kept.Add(line == raw ? raw : line.Trim());
                continue;
            }
            var rest = Tag().Replace(Leftover().Replace(line, ""), "").Trim();
            if (ChineseText.HasWordCharacter(rest)) kept.Add(rest.Length == raw.Length ? raw : rest);
        }
        draft.Lines = kept;
    }
}
