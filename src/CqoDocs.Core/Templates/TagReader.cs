using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CqoDocs.Core.Templates;

/// <summary>A tag found in a part: the run that holds it alone (after <see cref="TagRunSplitter"/>) and its place.</summary>
internal sealed record TagOccurrence(TemplateTag Tag, Run Run, Paragraph Paragraph, TemplateLocation Location);

/// <summary>
/// Normalises every paragraph of a part, then lists its tags in reading order with the paragraph number
/// and text a user sees, failing on a tag it cannot read or a "{{" that never closes.
/// </summary>
internal static class TagReader
{
    public static IReadOnlyList<TagOccurrence> Read(OpenXmlElement root, string partName, string templateName)
    {
        var found = new List<TagOccurrence>();
        var number = 0;
        foreach (var paragraph in root.Descendants<Paragraph>().ToList())
        {
            number++;
            PlaceholderRunMerger.Normalise(paragraph);
            var text = PlaceholderRunMerger.OwnText(paragraph);
            if (!text.Contains("{{", StringComparison.Ordinal)) continue;
            TagRunSplitter.Split(paragraph);
            var location = TemplateLocation.Of(partName, number, text);
            var rest = text;
            foreach (var t in PlaceholderRunMerger.OwnTexts(paragraph).Where(t => TemplateTag.IsTag(t.Text)).ToList())
            {
                var tag = TemplateTag.Parse(t.Text, message => TemplateErrors.At(templateName, location, message));
                found.Add(new TagOccurrence(tag, (Run)t.Parent!, paragraph, location));
                rest = rest.Replace(t.Text, "", StringComparison.Ordinal);
            }
            if (rest.Contains("{{", StringComparison.Ordinal))
            {
                throw TemplateErrors.At(templateName, location, "“{{”没有配对的“}}”：标记要写成 {{名称}}");
            }
        }
        return found;
    }
}
