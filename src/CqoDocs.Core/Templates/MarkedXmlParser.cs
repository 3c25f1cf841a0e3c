namespace CqoDocs.Core.Templates;

/// <summary>Cuts a part's XML at the markers <see cref="MarkerPlacer"/> left and builds the node tree.</summary>
internal static class MarkedXmlParser
{
    public static IReadOnlyList<TemplateNode> Parse(string xml, MarkerPlacer markers, string templateName)
    {
        var stack = new Stack<(BlockPair? Pair, List<TemplateNode> Nodes, List<TemplateNode>? Then)>();
        stack.Push((null, [], null));
        var at = 0;
        foreach (System.Text.RegularExpressions.Match m in markers.MarkerPattern.Matches(xml))
        {
            if (m.Index > at) stack.Peek().Nodes.Add(new XmlNode(xml[at..m.Index]));
            at = m.Index + m.Length;
            var id = int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            switch (m.Groups[1].Value)
            {
                case "f":
                    var field = markers.Fields[id];
                    stack.Peek().Nodes.Add(new FieldNode(field.Tag, field.Location, field.Run.Prefix));
                    break;
                case "s":
                    stack.Push((markers.Blocks[id], [], null));
                    break;
                case "x":
                    var (block, then, _) = stack.Pop();
                    if (block != markers.Blocks[id]) throw Crossing(markers.Blocks[id], templateName);
                    stack.Push((block, [], then));
                    break;
                default:
                    var (pair, nodes, before) = stack.Pop();
                    if (pair != markers.Blocks[id] || stack.Count == 0) throw Crossing(markers.Blocks[id], templateName);
                    stack.Peek().Nodes.Add(before is null
                        ? new BlockNode(pair.Open.Tag, pair.Open.Location, nodes, [])
                        : new BlockNode(pair.Open.Tag, pair.Open.Location, before, nodes));
                    break;
            }
        }
        if (at < xml.Length) stack.Peek().Nodes.Add(new XmlNode(xml[at..]));
        return stack.Single().Nodes;
    }

    private static CqoDocsException Crossing(BlockPair crossing, string templateName) =>
        TemplateErrors.At(templateName, crossing.Open.Location,
            $"块“{crossing.Open.Tag.Raw}”与其他块交叉：块只能整个套在另一个块里面", crossing.Open.Tag.Path);
}
