using CqoDocs.Core.Import.Structure;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Metadata;

/// <summary>
/// The document's title as it will be cited: the title the structure steps found (the attached document's
/// for a cover notice), without wrapping book-title marks or a final full stop; else the page's own title;
/// else, for a report without a headline, the first sentence of its lead after the dateline.
/// </summary>
internal sealed class TitleResolver : IImportStep
{
    private const int MaxLeadTitle = 60;

    public void Run(ImportDraft draft)
    {
        var title = draft.Layout.Title ?? draft.Page.Title ?? LeadSentence(draft);
        draft.Title = title is null ? null : Tidy(title);
    }

    internal static string Tidy(string title)
    {
        var t = title.Trim().TrimEnd('。', '.', '：', ':');
        if (t.Length > 2 && t[0] == '《' && t[^1] == '》' && t.Count(c => c == '《') == 1) t = t[1..^1];
        return t;
    }

    private static string? LeadSentence(ImportDraft draft)
    {
        var first = draft.Units.FirstOrDefault(u => u.Kind is UnitKind.Paragraph or UnitKind.Preamble);
        if (first is null) return null;
        var text = first.Text;
        var folded = ScriptTable.Default.ToSimplified(text);
        var start = Byline.DatelineLength(folded);
        // Skip the date after the dateline ("9月7日，") when there is one.
        var comma = folded.IndexOf('，', start);
        if (comma > start && comma - start <= 12 && folded[start..comma].Contains('日')) start = comma + 1;
        var end = folded.IndexOfAny(['。', '！', '？'], start);
        if (end < 0) end = folded.Length;
        var sentence = text[start..end].Trim();
        return sentence.Length is > 4 and <= MaxLeadTitle ? sentence : null;
    }
}
