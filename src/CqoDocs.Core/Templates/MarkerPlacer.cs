using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CqoDocs.Core.Templates;

/// <summary>
/// Replaces every tag with an XML comment marker (&lt;!--cqodocs-…:f3--&gt; for a field, s/e for the start and
/// end of a block, x for its {{else}}) placed where the repeated or optional content begins and ends, so that
/// the part's XML can be cut into fixed pieces once and filled many times. The markers carry a prefix new
/// to each compile, so a comment a template already holds (even one that looks like a marker) stays text.
/// <para>
/// A block covers whole elements of the innermost container holding both its tags: runs when both stand in
/// one paragraph, paragraphs and tables of a body or cell when they stand in different paragraphs, and
/// table rows when they stand in different cells or rows. Paragraphs and rows holding only block tags are
/// dropped.
/// </para>
/// </summary>
internal sealed class MarkerPlacer
{
    private readonly string _prefix = $"cqodocs-{Guid.NewGuid():N}:";
    private readonly Dictionary<OpenXmlElement, OpenXmlElement> _lastEndMarker = new();
    private readonly Dictionary<OpenXmlElement, BlockPair> _openedAt = new();
    private readonly Dictionary<OpenXmlElement, BlockPair> _closedAt = new();

    public Dictionary<int, TagOccurrence> Fields { get; } = new();
    public Dictionary<int, BlockPair> Blocks { get; } = new();

    /// <summary>Finds this placer's markers: the kind (f, s, e, x) and the id.</summary>
    public System.Text.RegularExpressions.Regex MarkerPattern =>
        new($@"<!--{System.Text.RegularExpressions.Regex.Escape(_prefix)}([fsex])(\d+)-->");

    public void Place(OpenXmlElement root, IReadOnlyList<TagOccurrence> tags, IReadOnlyList<BlockPair> pairs, string templateName)
    {
        var removable = StandaloneTags.Removable(root, tags);
        var blockOf = new Dictionary<TagOccurrence, (int Id, BlockPair Pair, OpenXmlElement Top)>();
        foreach (var pair in pairs)
        {
            var id = Blocks.Count;
            Blocks[id] = pair;
            var (openTop, closeTop) = Tops(pair.Open.Run, pair.Close.Run);
            blockOf[pair.Open] = (id, pair, openTop);
            blockOf[pair.Close] = (id, pair, closeTop);
            if (pair.Else is { } otherwise) CheckElse(otherwise, pair, openTop, removable, templateName);
        }

        foreach (var tag in tags)
        {
            if (tag.Tag.Kind == TagKind.Field)
            {
                var id = Fields.Count;
                Fields[id] = tag;
                var text = tag.Run.GetFirstChild<Text>()!;
                text.InsertBeforeSelf(Comment('f', id));
                text.Remove();
                continue;
            }
            if (tag.Tag.Kind == TagKind.Comment)
            {
                tag.Run.Remove();
                continue;
            }
            if (tag.Tag.Kind == TagKind.Else)
            {
                tag.Run.InsertBeforeSelf(Comment('x', blockOf[pairs.Single(p => p.Else == tag).Open].Id));
                tag.Run.Remove();
                continue;
            }
            var (blockId, blockPair, top) = blockOf[tag];
            var opening = tag.Tag.Kind != TagKind.Close;
            var marker = Comment(opening ? 's' : 'e', blockId);
            if (top == tag.Run || removable.Contains(top))
            {
                // The marker takes the tag's place; a removed paragraph or row hands it on to its container below.
                tag.Run.InsertBeforeSelf(marker);
            }
            else if (opening)
            {
                CheckNotShared(top, blockPair, _closedAt, templateName);
                _openedAt[top] = blockPair;
                top.InsertBeforeSelf(marker);
            }
            else
            {
                CheckNotShared(top, blockPair, _openedAt, templateName);
                _closedAt[top] = blockPair;
                var after = _lastEndMarker.GetValueOrDefault(top, top);
                after.InsertAfterSelf(marker);
                _lastEndMarker[top] = marker;
            }
            tag.Run.Remove();
        }

        foreach (var element in root.Descendants().Where(removable.Contains).ToList())
        {
            if (element.Parent is null) continue;
            foreach (var marker in element.Descendants<OpenXmlMiscNode>().Where(IsMarker).ToList())
            {
                marker.Remove();
                element.InsertBeforeSelf(marker);
            }
            element.Remove();
        }
        RemoveOrphanBookmarks(root);
    }

    /// <summary>
    /// An {{else}} splits its block where it stands: inside the block's paragraph when the block is part of
    /// one paragraph, else in a paragraph (or row) of its own among the block's paragraphs (or rows).
    /// </summary>
    private static void CheckElse(TagOccurrence tag, BlockPair pair, OpenXmlElement openTop, HashSet<OpenXmlElement> removable, string templateName)
    {
        var container = openTop.Parent!;
        var top = tag.Run.Ancestors().Contains(container) ? ChildOf(container, tag.Run) : null;
        var fits = top is not null && (openTop is Run ? top == tag.Run : removable.Contains(top) && (top is TableRow) == (openTop is TableRow));
        if (!fits)
        {
            throw TemplateErrors.At(templateName, tag.Location,
                $"“{{{{else}}}}”要和块“{pair.Open.Tag.Raw}”的开始、结束标记写在同一段里，或者单独写一段（表格里单独写一行）", pair.Open.Tag.Path);
        }
    }

    /// <summary>The children of the innermost common container that hold each tag; cells widen to their row.</summary>
    private static (OpenXmlElement Open, OpenXmlElement Close) Tops(OpenXmlElement open, OpenXmlElement close)
    {
        var openChain = new List<OpenXmlElement> { open };
        openChain.AddRange(open.Ancestors());
        var closeAncestors = new HashSet<OpenXmlElement>(close.Ancestors()) { close };
        var lca = openChain.First(closeAncestors.Contains);
        if (lca is TableRow row) return (row, row);
        return (ChildOf(lca, open), ChildOf(lca, close));
    }

    private static OpenXmlElement ChildOf(OpenXmlElement ancestor, OpenXmlElement element)
    {
        while (element.Parent != ancestor) element = element.Parent!;
        return element;
    }

    /// <summary>A paragraph (or row) that ends one block and begins the next, with other content, would belong to both.</summary>
    private static void CheckNotShared(OpenXmlElement top, BlockPair pair, Dictionary<OpenXmlElement, BlockPair> other, string templateName)
    {
        if (other.TryGetValue(top, out var that) && that != pair)
        {
            throw TemplateErrors.At(templateName, pair.Open.Location,
                $"块“{pair.Open.Tag.Raw}”与块“{that.Open.Tag.Raw}”共用一个段落或表格行，请把块标记单独放一段", pair.Open.Tag.Path);
        }
    }

    private OpenXmlMiscNode Comment(char kind, int id) => new(XmlNodeType.Comment, $"<!--{_prefix}{kind}{id}-->");

    private bool IsMarker(OpenXmlMiscNode node) => node.OuterXml.StartsWith("<!--" + _prefix, StringComparison.Ordinal);

    /// <summary>A dropped tag paragraph may have held one end of a bookmark; its other end must go too.</summary>
    private static void RemoveOrphanBookmarks(OpenXmlElement root)
    {
        var starts = root.Descendants<BookmarkStart>().ToList();
        var ends = root.Descendants<BookmarkEnd>().ToList();
        var startIds = starts.Select(s => s.Id?.Value).ToHashSet();
        var endIds = ends.Select(e => e.Id?.Value).ToHashSet();
        foreach (var s in starts.Where(s => !endIds.Contains(s.Id?.Value))) s.Remove();
        foreach (var e in ends.Where(e => !startIds.Contains(e.Id?.Value))) e.Remove();
    }
}
