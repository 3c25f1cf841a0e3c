namespace CqoDocs.Core.Import.Decoding;

/// <summary>Extract (plain text): the decoded text as lines, whatever the line ends (CR LF, LF, CR, U+2028).</summary>
internal sealed class LineSplitter : IImportStep
{
    public void Run(ImportDraft draft)
    {
        if (draft.IsHtml) return;
        draft.Lines = draft.Text.Split(["\r\n", "\n", "\r", "\u2028", "\u2029"], StringSplitOptions.None).ToList();
    }
}
