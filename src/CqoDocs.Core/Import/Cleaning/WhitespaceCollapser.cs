using System.Text;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>
/// Every kind of space (tab, no-break, ideographic, thin) becomes one ordinary space, invisible characters
/// (zero-width, soft hyphen, stray byte-order marks) go, lines are trimmed and blank lines dropped. Blank
/// lines carry no meaning in web dumps: they fall between paragraphs and inside them alike.
/// </summary>
internal sealed class WhitespaceCollapser : IImportStep
{
    public void Run(ImportDraft draft)
    {
        var result = new List<string>(draft.Lines.Count);
        var sb = new StringBuilder();
        foreach (var line in draft.Lines)
        {
            sb.Clear();
            foreach (var c in line)
            {
                if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD') continue;
                var space = c is ' ' or '\t' or '\u00A0' or '\u3000' or '\u202F' or '\u205F' or '\u1680' or '\v' or '\f'
                    or >= '\u2000' and <= '\u200A';
                if (space)
                {
                    if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
                }
                else if (!char.IsControl(c))
                {
                    sb.Append(c);
                }
            }
            var s = sb.ToString().Trim();
            if (s.Length > 0) result.Add(s);
        }
        draft.Lines = result;
    }
}
