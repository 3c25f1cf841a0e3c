namespace CqoDocs.Core.Templates;

/// <summary>A compiled part: fixed XML interleaved with the places data goes.</summary>
internal abstract record TemplateNode;

/// <summary>XML copied to the output as it stands.</summary>
internal sealed record XmlNode(string Xml) : TemplateNode;

/// <summary>A value written as the text of a run (&lt;w:t&gt;…&lt;/w:t&gt;), the run's formatting kept around it.</summary>
internal sealed record FieldNode(TemplateTag Tag, TemplateLocation Location, string WordPrefix) : TemplateNode;

/// <summary>Content repeated for each item, or shown or left out by a condition; <paramref name="Otherwise"/> is the {{else}} part.</summary>
internal sealed record BlockNode(TemplateTag Tag, TemplateLocation Location, IReadOnlyList<TemplateNode> Children, IReadOnlyList<TemplateNode> Otherwise) : TemplateNode
{
    /// <summary>
    /// The Word numbering ids a loop restarts in each repetition: those of lists inside it (a loop nested in
    /// it, or two or more numbered paragraphs of its own). A loop that repeats one numbered paragraph is
    /// the list itself and counts on.
    /// </summary>
    public IReadOnlyList<string> NumberingIds { get; } = Tag.Kind == TagKind.Section ? ListsWithin(Children) : [];

    private static List<string> ListsWithin(IReadOnlyList<TemplateNode> children)
    {
        var own = children.OfType<XmlNode>().SelectMany(x => NumberingRestarts.IdsIn(x.Xml)).GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key);
        var nested = children.OfType<BlockNode>().SelectMany(b => AllIds(b.Children).Concat(AllIds(b.Otherwise)));
        return own.Concat(nested).Distinct().ToList();
    }

    private static IEnumerable<string> AllIds(IEnumerable<TemplateNode> nodes) => nodes.SelectMany(n => n switch
    {
        XmlNode x => NumberingRestarts.IdsIn(x.Xml),
        BlockNode b => AllIds(b.Children).Concat(AllIds(b.Otherwise)),
        _ => [],
    });
}
