using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>Where a line stands relative to the text: page junk gathers above and below the running text.</summary>
internal enum LinePlace
{
    /// <summary>Above the first line of prose: the page's head.</summary>
    Head,
    /// <summary>Between the first and the last line of prose.</summary>
    Body,
    /// <summary>Below the last line of prose: signature, attachments, and the page's foot.</summary>
    Tail,
}

/// <summary>A line as a remover sees it: its text, the text folded to Simplified for matching, and its place.</summary>
internal readonly record struct LineView(string Text, string Folded, LinePlace Place, int Index);

/// <summary>
/// Base of the cleaning steps that drop whole lines of page junk. Each remover answers one question —
/// is this line junk of my kind? — from the line's shape and its place relative to the prose.
/// </summary>
internal abstract class LineRemover : IImportStep
{
    public virtual void Run(ImportDraft draft)
    {
        var lines = draft.Lines;
        var folded = lines.Select(ScriptTable.Default.ToSimplified).ToList();
        var (first, last) = ProseSpan(folded, draft.Page.Title);
        var kept = new List<string>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var place = PlaceOf(i, (first, last));
            var view = new LineView(lines[i], folded[i], place, i);
            var replacement = Clean(view, draft);
            if (replacement is not null) kept.Add(replacement);
        }
        draft.Lines = kept;
    }

    /// <summary>
    /// The first and last lines of prose (-1 when there is none). A line that repeats the page's title is no
    /// prose, even with commas in it: a headline ("聚焦质量提升，激发企业活力") stands above the text.
    /// </summary>
    public static (int First, int Last) ProseSpan(IReadOnlyList<string> folded, string? title = null)
    {
        var first = -1;
        var last = -1;
        for (var i = 0; i < folded.Count; i++)
        {
            if (!ChineseText.IsProse(folded[i]) || IsTitle(folded[i], title)) continue;
            if (first < 0) first = i;
            last = i;
        }
        return (first, last);
    }

    /// <summary>Whether the line repeats <paramref name="title"/> (cheap length check first).</summary>
    public static bool IsTitle(string line, string? title)
    {
        if (title is null || line.Length > title.Length * 2 + 4 || title.Length > line.Length * 2 + 4) return false;
        var a = TitleKey.Of(line);
        var b = TitleKey.Of(title);
        if (a == b) return true;
        // Cheap rejections before the comparison proper: lengths far apart, neither end in common.
        if (b.Length < 4 || a.Length * 5 < b.Length * 4 || a.Length * 4 > b.Length * 5 + 8) return false;
        if (!a.StartsWith(b[..2], StringComparison.Ordinal) && !a.EndsWith(b[^2..], StringComparison.Ordinal)) return false;
        return TitleKey.Same(line, title, 0.9);
    }

    public static LinePlace PlaceOf(int index, (int First, int Last) span) =>
        span.First < 0 || index < span.First ? LinePlace.Head : index > span.Last ? LinePlace.Tail : LinePlace.Body;

    /// <summary>The line to keep (usually the line itself, or what is left after cutting junk off it), or null to drop it.</summary>
    protected virtual string? Clean(LineView line, ImportDraft draft) => IsJunk(line) ? null : line.Text;

    protected virtual bool IsJunk(LineView line) => false;
}
