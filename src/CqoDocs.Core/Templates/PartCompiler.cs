using DocumentFormat.OpenXml.Packaging;

namespace CqoDocs.Core.Templates;

/// <summary>One part of a template, ready to fill: its relationship from the main part and its node tree.</summary>
/// <param name="RelationshipId">How to find the part from the main document part; null for the main part itself.</param>
internal sealed record CompiledPart(string? RelationshipId, string DisplayName, IReadOnlyList<TemplateNode> Nodes);

/// <summary>
/// Turns one part into nodes: normalise runs and read tags (<see cref="TagReader"/>), pair blocks
/// (<see cref="BlockMatcher"/>), place markers (<see cref="MarkerPlacer"/>), cut the XML
/// (<see cref="MarkedXmlParser"/>). Parts without tags are left alone and copied as they are.
/// </summary>
internal static class PartCompiler
{
    private const string Declaration = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""";

    public static CompiledPart? Compile(TemplatePart part, MainDocumentPart main, string templateName)
    {
        var root = part.Part.RootElement;
        if (root is null) return null;
        var tags = TagReader.Read(root, part.DisplayName, templateName);
        if (tags.Count == 0) return null;
        var pairs = BlockMatcher.Match(tags, templateName);
        var markers = new MarkerPlacer();
        markers.Place(root, tags, pairs, templateName);
        var nodes = MarkedXmlParser.Parse(Declaration + root.OuterXml, markers, templateName);
        var relationshipId = part.Part == main ? null : main.GetIdOfPart(part.Part);
        return new CompiledPart(relationshipId, part.DisplayName, nodes);
    }
}
