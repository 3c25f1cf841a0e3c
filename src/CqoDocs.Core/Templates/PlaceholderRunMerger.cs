using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CqoDocs.Core.Templates;

/// <summary>
/// Word, WPS and LibreOffice split what a user typed as "{{企业名称}}" into several runs: spelling marks
/// (w:proofErr), a revision id (rsid) per editing session, a bookmark, a change of language. This step
/// makes every tag lie within one w:t again: it drops proofing marks, merges neighbouring runs that look
/// the same, and moves the characters of a tag that still straddles runs into the run where it starts
/// (so the tag takes the formatting of its first character, as a user would expect).
/// </summary>
internal static class PlaceholderRunMerger
{
    public static void Normalise(Paragraph paragraph)
    {
        if (!OwnText(paragraph).Contains("{{", StringComparison.Ordinal)) return;
        foreach (var noise in Owned<ProofError>(paragraph).Cast<OpenXmlElement>().Concat(Owned<LastRenderedPageBreak>(paragraph)).ToList())
        {
            noise.Remove();
        }
        MergeLookalikeRuns(paragraph);
        MoveSplitTags(paragraph);
    }

    /// <summary>The w:t elements that belong to this paragraph, not to one nested in it (a text box).</summary>
    public static IEnumerable<Text> OwnTexts(Paragraph paragraph) => Owned<Text>(paragraph);

    public static string OwnText(Paragraph paragraph)
    {
        var sb = new StringBuilder();
        foreach (var t in OwnTexts(paragraph)) sb.Append(t.Text);
        return sb.ToString();
    }

    private static IEnumerable<T> Owned<T>(Paragraph paragraph) where T : OpenXmlElement =>
        paragraph.Descendants<T>().Where(e => ReferenceEquals(e.Ancestors<Paragraph>().First(), paragraph));

    private static void MergeLookalikeRuns(Paragraph paragraph)
    {
        var containers = new List<OpenXmlElement> { paragraph };
        containers.AddRange(paragraph.Descendants().Where(e => e is not Run && e.ChildElements.OfType<Run>().Skip(1).Any()
            && ReferenceEquals(e.Ancestors<Paragraph>().First(), paragraph)));
        foreach (var container in containers)
        {
            Run? previous = null;
            foreach (var child in container.ChildElements.ToList())
            {
                if (child is Run run && IsPlainText(run))
                {
                    if (previous is not null && FormatKey(previous) == FormatKey(run))
                    {
                        var last = previous.Elements<Text>().Last();
                        last.Text += string.Concat(run.Elements<Text>().Select(t => t.Text));
                        last.Space = SpaceProcessingModeValues.Preserve;
                        run.Remove();
                        continue;
                    }
                    previous = run;
                }
                else
                {
                    previous = null;
                }
            }
        }
    }

    /// <summary>A run of one w:t: other content (tabs, breaks, field characters) keeps its runs apart.</summary>
    private static bool IsPlainText(Run run) =>
        run.ChildElements.All(c => c is Text or RunProperties) && run.Elements<Text>().Count() == 1;

    private static string FormatKey(Run run) => run.RunProperties?.OuterXml ?? "";

    /// <summary>Gives each tag's characters to the w:t where the tag begins; other characters stay where they are.</summary>
    private static void MoveSplitTags(Paragraph paragraph)
    {
        var texts = OwnTexts(paragraph).ToList();
        var whole = new StringBuilder();
        var ownerOf = new List<int>();
        for (var i = 0; i < texts.Count; i++)
        {
            whole.Append(texts[i].Text);
            ownerOf.AddRange(Enumerable.Repeat(i, texts[i].Text.Length));
        }
        var moved = false;
        foreach (var (start, length) in TemplateTag.Find(whole.ToString()))
        {
            for (var c = start + 1; c < start + length; c++)
            {
                if (ownerOf[c] != ownerOf[start])
                {
                    ownerOf[c] = ownerOf[start];
                    moved = true;
                }
            }
        }
        if (!moved) return;

        var rebuilt = texts.Select(_ => new StringBuilder()).ToList();
        for (var c = 0; c < whole.Length; c++) rebuilt[ownerOf[c]].Append(whole[c]);
        for (var i = 0; i < texts.Count; i++)
        {
            var value = rebuilt[i].ToString();
            if (value == texts[i].Text) continue;
            if (value.Length > 0)
            {
                texts[i].Text = value;
                texts[i].Space = SpaceProcessingModeValues.Preserve;
                continue;
            }
            var run = texts[i].Parent;
            texts[i].Remove();
            if (run is Run r && !r.ChildElements.Any(c => c is not RunProperties)) r.Remove();
        }
    }
}
