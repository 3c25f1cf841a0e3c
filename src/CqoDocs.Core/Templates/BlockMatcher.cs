namespace CqoDocs.Core.Templates;

/// <summary>An opening block tag, the tag that closes it and the {{else}} between them, if any.</summary>
internal sealed record BlockPair(TagOccurrence Open, TagOccurrence Close, TagOccurrence? Else = null);

/// <summary>Pairs {{#…}} / {{^…}} / {{#if …}} with their {{/…}}, naming both places when they do not match.</summary>
internal static class BlockMatcher
{
    public static IReadOnlyList<BlockPair> Match(IReadOnlyList<TagOccurrence> tags, string templateName)
    {
        var pairs = new List<BlockPair>();
        var open = new Stack<TagOccurrence>();
        var elses = new Dictionary<TagOccurrence, TagOccurrence>();
        foreach (var t in tags)
        {
            switch (t.Tag.Kind)
            {
                case TagKind.Section or TagKind.Inverted or TagKind.If:
                    open.Push(t);
                    break;
                case TagKind.Else:
                    if (open.Count == 0)
                    {
                        throw TemplateErrors.At(templateName, t.Location, "“{{else}}”只能写在块里面（{{#if 名称}}…{{else}}…{{/if}}）");
                    }
                    if (!elses.TryAdd(open.Peek(), t))
                    {
                        throw TemplateErrors.At(templateName, t.Location, $"块“{open.Peek().Tag.Raw}”里有两个“{{{{else}}}}”", open.Peek().Tag.Path);
                    }
                    break;
                case TagKind.Close:
                    if (open.Count == 0)
                    {
                        throw TemplateErrors.At(templateName, t.Location, $"结束标记“{t.Tag.Raw}”前面没有对应的开始标记", t.Tag.Path);
                    }
                    var start = open.Pop();
                    if (start.Tag.BlockName != t.Tag.Path && start.Tag.Path != t.Tag.Path)
                    {
                        throw TemplateErrors.At(templateName, t.Location,
                            $"结束标记“{t.Tag.Raw}”与开始标记“{start.Tag.Raw}”（{start.Location}）不配对", start.Tag.Path);
                    }
                    pairs.Add(new BlockPair(start, t, elses.GetValueOrDefault(start)));
                    break;
            }
        }
        if (open.Count > 0)
        {
            var unclosed = open.Last();
            throw TemplateErrors.At(templateName, unclosed.Location,
                $"块“{unclosed.Tag.Raw}”没有结束标记“{{{{/{unclosed.Tag.BlockName}}}}}”", unclosed.Tag.Path);
        }
        return pairs;
    }
}
