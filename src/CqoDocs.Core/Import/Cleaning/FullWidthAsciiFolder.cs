namespace CqoDocs.Core.Import.Cleaning;

/// <summary>
/// Full-width letters and digits (Ａ, ｂ, ３) become their ASCII forms, so numbers and abbreviations read the
/// same everywhere (ＣＱＯ → CQO, ２０１６ → 2016). Full-width punctuation stays: it is correct in Chinese text.
/// </summary>
internal sealed class FullWidthAsciiFolder : IImportStep
{
    public void Run(ImportDraft draft)
    {
        for (var i = 0; i < draft.Lines.Count; i++)
        {
            var line = draft.Lines[i];
            if (!line.Any(IsFullWidthAlphanumeric)) continue;
            draft.Lines[i] = string.Create(line.Length, line, static (span, source) =>
            {
                for (var k = 0; k < span.Length; k++)
                {
                    var c = source[k];
                    span[k] = IsFullWidthAlphanumeric(c) ? (char)(c - 0xFEE0) : c;
                }
            });
        }
    }

    private static bool IsFullWidthAlphanumeric(char c) =>
        c is >= '０' and <= '９' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ';
}
