using System.Text;
using CqoDocs.Core.Import.Structure;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>
/// Joins a paragraph that was broken into lines mid-sentence ("…企业岗位人选从全省首席" / "质量官人才库中聘任；…").
/// A line continues on the next when it stops without closing its sentence or its brackets, is long enough
/// to be running text (not a heading, a name or a date), and the next line does not open a numbered unit.
/// </summary>
internal sealed class HardLineBreakJoiner : IImportStep
{
    /// <summary>Shorter lines that stop without punctuation are headings, names, titles rather than broken text.</summary>
    private const int MinBrokenLine = 15;

    public void Run(ImportDraft draft)
    {
        var result = new List<string>(draft.Lines.Count);
        var current = new StringBuilder();
        string? currentFolded = null;
        var title = draft.Page.Title;
        var inText = false; // a line of prose has been written: headlines stand above it
        foreach (var line in draft.Lines)
        {
            var folded = ScriptTable.Default.ToSimplified(line);
            if (currentFolded is not null && Continues(currentFolded, folded) && !LineRemover.IsTitle(currentFolded, title)
                && !(!inText && StandsApart(currentFolded, folded)))
            {
                current.Append(line);
                currentFolded += folded;
                continue;
            }
            if (currentFolded is not null)
            {
                result.Add(current.ToString());
                inText |= ChineseText.IsProse(currentFolded);
            }
            current.Clear().Append(line);
            currentFolded = folded;
        }
        if (currentFolded is not null) result.Add(current.ToString());
        draft.Lines = result;
    }

    public static bool Continues(string line, string next)
    {
        if (next.Length == 0 || line.Length == 0) return false;
        if (line.Contains('│') || next.Contains('│')) return false; // rows of a table
        // A line that starts with a mark that cannot open a sentence continues the previous one.
        if (next[0] is '，' or '。' or '、' or '；' or '：' or '）' or '》' or '”' or '！' or '？') return true;
        if (NumberingMarker.Parse(next) is not null) return false;
        if (ChineseDate.Whole(next) is not null || DocumentNumberPattern.WholeLineNumber(next) is not null) return false;
        if (Unbalanced(line)) return true;
        if (EndsSentence(line)) return false;
        if (ChineseText.CountHan(line) < MinBrokenLine) return false;
        // Broken running text has commas in it; a headline or a name without any is complete.
        if (!ChineseText.HasSentencePunctuation(line) && line.IndexOf('、') < 0 && line.Length < 30) return false;
        if (TitleShape.LooksLikeTitle(line) || AuthorityShape.LooksLikeAuthorities(line)) return false;
        if (IsHeadingLine(line)) return false;
        var first = next[0];
        return ChineseText.IsHan(first) || char.IsAsciiDigit(first) || first is '“' or '《' or '（' or '(' or '〔';
    }

    /// <summary>
    /// A line above the text is a headline, not the start of a wrapped paragraph, when the line after it is a
    /// whole paragraph of its own and longer (twice as long if the headline has commas): a wrapped line is as
    /// long as the page is wide.
    /// </summary>
    private static bool StandsApart(string line, string next)
    {
        if (Unbalanced(line) || !ChineseText.IsTerminal(next[^1]) || !HeadlineReader.IsHeadline(line)) return false;
        // A headline with commas must be clearly shorter than the paragraph under it.
        return ChineseText.HasSentencePunctuation(line)
            ? line.Length <= 40 && next.Length >= line.Length * 2
            : next.Length > line.Length + 4;
    }

    private static bool EndsSentence(string line)
    {
        var last = line[^1];
        if (last is '”' or '’' or '」' or '』' or '）' or ')' or '》' && line.Length > 1)
        {
            var before = line[^2];
            if (ChineseText.IsTerminal(before)) return true;
            // A closing bracket ends a heading line such as "（一）…（试行）"; a full stop would follow in prose.
            return last is '）' or ')' && !ChineseText.HasSentencePunctuation(line);
        }
        return ChineseText.IsTerminal(last);
    }

    /// <summary>A numbered heading standing on its own line: "一、指导思想", "第二章 职责".</summary>
    private static bool IsHeadingLine(string line)
    {
        if (NumberingMarker.Parse(line) is not { } marker) return false;
        var rest = line[marker.Length..];
        return rest.Length <= 20 && !ChineseText.HasSentencePunctuation(rest);
    }

    /// <summary>More opening than closing 《 “ （ — the line stops inside a title, a quotation or a bracket.</summary>
    private static bool Unbalanced(string line)
    {
        int book = 0, quote = 0, bracket = 0;
        foreach (var c in line)
        {
            switch (c)
            {
                case '《': book++; break;
                case '》': book--; break;
                case '“': quote++; break;
                case '”': quote--; break;
                case '（': bracket++; break;
                case '）': bracket--; break;
            }
        }
        return book > 0 || quote > 0 || bracket > 0;
    }
}
