using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CqoDocs.Core.Templates;

/// <summary>
/// Cuts runs so that each tag becomes a run of its own ("{{姓名}}" alone in one w:t), keeping the run's
/// formatting on every piece. After this a field is filled by replacing one run's text, and a block tag
/// is removed by removing one run.
/// </summary>
internal static class TagRunSplitter
{
    public static void Split(Paragraph paragraph)
    {
        foreach (var text in PlaceholderRunMerger.OwnTexts(paragraph).ToList())
        {
            if (text.Parent is not Run run || TemplateTag.IsTag(text.Text) && run.ChildElements.Count(c => c is not RunProperties) == 1) continue;
            if (!TemplateTag.Find(text.Text).Any()) continue;
            SplitRun(run);
        }
    }

    private static void SplitRun(Run run)
    {
        var pieces = new List<Run>();
        var current = NewRunLike(run);
        foreach (var child in run.ChildElements.Where(c => c is not RunProperties))
        {
            if (child is not Text text)
            {
                current.Append(child.CloneNode(true));
                continue;
            }
            var at = 0;
            foreach (var (start, length) in TemplateTag.Find(text.Text))
            {
                if (start > at) current.Append(NewText(text.Text[at..start]));
                Flush();
                var tagRun = NewRunLike(run);
                tagRun.Append(NewText(text.Text.Substring(start, length)));
                pieces.Add(tagRun);
                at = start + length;
            }
            if (at < text.Text.Length) current.Append(NewText(text.Text[at..]));
        }
        Flush();
        foreach (var piece in pieces) run.InsertBeforeSelf(piece);
        run.Remove();

        void Flush()
        {
            if (current.ChildElements.Any(c => c is not RunProperties)) pieces.Add(current);
            current = NewRunLike(run);
        }
    }

    private static Run NewRunLike(Run run)
    {
        var copy = (Run)run.CloneNode(false);
        if (run.RunProperties is { } properties) copy.Append(properties.CloneNode(true));
        return copy;
    }

    private static Text NewText(string value) => new(value) { Space = SpaceProcessingModeValues.Preserve };
}
