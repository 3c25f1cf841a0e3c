namespace CqoDocs.Core.Templates;

/// <summary>One part of a template, ready to fill: the part's URI in the package and its node tree.</summary>
internal sealed record CompiledPart(Uri PartUri, string DisplayName, IReadOnlyList<TemplateNode> Nodes);

/// <summary>
/// Turns one part into nodes: normalise runs and read tags (<see cref="TagReader"/>), pair blocks
/// (<see cref="BlockMatcher"/>), place markers (<see cref="MarkerPlacer"/>), cut the XML
/// (<see cref="MarkedXmlParser"/>). Parts without tags are left alone and copied as they are.
/// </summary>
internal static class PartCompiler
{
    private const string Declaration = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""";

    public static CompiledPart? Compile(TemplatePart part, string templateName)
    {
        var root = part.Part.RootElement;
        if (root is null) return null;
        var tags = TagReader.Read(root, part.DisplayName, templateName);
        if (tags.Count == 0) return null;
        var pairs = BlockMatcher.Match(tags, templateName);
        var markers = new MarkerPlacer();
        markers.Place(root, tags, pairs, templateName);
        var nodes = MarkedXmlParser.Parse(Declaration + root.OuterXml, markers, templateName);
        return new CompiledPart(part.Part.Uri, part.DisplayName, nodes);
    }
}
