using System.Text.RegularExpressions;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>
/// Removes what a site's template engine left unfilled, wherever it stands in a line: "{$loop_num=0}",
/// "{{ article.footer }}", "{% endif %}", "${title}", "[!--newstext--]", "&lt;!--#include …--&gt;" and the
/// server's "[an error occurred while processing this directive]". No notice writes braces around a word.
/// </summary>
internal sealed partial class TemplateLeftoverRemover : IImportStep
{
    [GeneratedRegex(@"\{\{[^{}\n]{0,160}\}\}|\{[$%#:@][^{}\n]{0,160}\}|\$\{[^{}\n]{0,120}\}|\[!--[^\]\n]{0,120}--\]|<!--.{0,200}?-->|<\$[^<>\n]{0,120}\$>|\[an error occurred[^\]]*\]", RegexOptions.IgnoreCase)]
    private static partial Regex Leftover();

    public void Run(ImportDraft draft)
    {
        var kept = new List<string>(draft.Lines.Count);
        foreach (var line in draft.Lines)
        {
            if (line.IndexOfAny(['{', '[', '<', '$']) < 0)
            {
                kept.Add(line);
                continue;
            }
            var rest = Leftover().Replace(line, "").Trim();
            if (ChineseText.HasWordCharacter(rest)) kept.Add(rest.Length == line.Length ? line : rest);
        }
        draft.Lines = kept;
    }
}
