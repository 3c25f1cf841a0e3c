using System.Text;

namespace CqoDocs.Core.Templates;

/// <summary>Writes a compiled part's XML with the data filled in.</summary>
internal sealed class PartRenderer(string templateName, StringBuilder output, WordSplitter? words = null, NumberingRestarts? numbering = null)
{
    /// <summary>Numbering ids replaced in the current repetition of a loop (old → new).</summary>
    private Dictionary<string, string>? _renumber;

    public void Render(IReadOnlyList<TemplateNode> nodes, DataScope scope)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case XmlNode xml:
                    output.Append(_renumber is null ? xml.Xml : NumberingRestarts.Apply(xml.Xml, _renumber));
                    break;
                case FieldNode field:
                    WriteField(field, scope);
                    break;
                case BlockNode block:
                    RenderBlock(block, scope);
                    break;
            }
        }
    }

    private void RenderBlock(BlockNode block, DataScope scope)
    {
        var found = scope.TryResolve(block.Tag.Path, out var value);
        switch (block.Tag.Kind)
        {
            case TagKind.If:
                Render(found && DataScope.IsTruthy(value) ? block.Children : block.Otherwise, scope);
                return;
            case TagKind.Inverted:
                Render(!found || !DataScope.IsTruthy(value) ? block.Children : block.Otherwise, scope);
                return;
        }
        if (block.Otherwise.Count > 0 && (!found || !DataScope.IsTruthy(value)))
        {
            Render(block.Otherwise, scope);
            return;
        }
        if (!found)
        {
            throw TemplateErrors.At(templateName, block.Location,
                $"数据中没有“{block.Tag.Path}”（列表块“{block.Tag.Raw}”要用它；可有可无的内容请用 {{{{#if {block.Tag.Path}}}}}）", block.Tag.Path);
        }
        if (DataScope.AsList(value) is { } list)
        {
            var outer = _renumber;
            for (var i = 0; i < list.Count; i++)
            {
                if (i > 0 && numbering is not null && block.NumberingIds.Count > 0)
                {
                    _renumber = new Dictionary<string, string>(outer ?? [], StringComparer.Ordinal);
                    foreach (var (from, to) in numbering.Restart(block.NumberingIds)) _renumber[from] = to;
                }
                scope.EnterItem(list[i], i, list.Count);
                Render(block.Children, scope);
                scope.Leave();
            }
            _renumber = outer;
        }
        else if (value is true)
        {
            // A yes/no has nothing to enter: {{.}} inside {{#@first}} still means the list item.
            Render(block.Children, scope);
        }
        else if (DataScope.IsTruthy(value))
        {
            // One value is a list of one: {{#发文机关}}…{{/发文机关}} reads the same for one issuer or several.
            scope.EnterItem(value, 0, 1);
            Render(block.Children, scope);
            scope.Leave();
        }
    }

    private void WriteField(FieldNode field, DataScope scope)
    {
        var tag = field.Tag;
        if (!scope.TryResolve(tag.Path, out var value))
        {
            var what = DataScope.IsLoopVariable(tag.Path) ? $"“{tag.Path}”只能用在列表块里面" : "数据中没有这个字段";
            throw TemplateErrors.At(templateName, field.Location, what, tag.Path);
        }
        if (value is IReadOnlyDictionary<string, object?> || DataScope.AsList(value) is not null)
        {
            throw TemplateErrors.At(templateName, field.Location,
                $"“{tag.Path}”是一组数据，不能直接写进文字：列表请用 {{{{#{tag.Path}}}}}…{{{{/{tag.Path}}}}}", tag.Path);
        }
        var text = ValueFormatter.Format(value, tag.Format, message => TemplateErrors.At(templateName, field.Location, message, tag.Path), words);
        WriteRunText(text, field.WordPrefix);
    }

    /// <summary>The run's content: w:t pieces, with a line break for "\n" and a tab for "\t".</summary>
    private void WriteRunText(string text, string w)
    {
        if (text.Length == 0) return;
        output.Append('<').Append(w).Append(":t xml:space=\"preserve\">");
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': output.Append("&amp;"); break;
                case '<': output.Append("&lt;"); break;
                case '>': output.Append("&gt;"); break;
                case '\r': break;
                case '\n': output.Append("</").Append(w).Append(":t><").Append(w).Append(":br/><").Append(w).Append(":t xml:space=\"preserve\">"); break;
                case '\t': output.Append("</").Append(w).Append(":t><").Append(w).Append(":tab/><").Append(w).Append(":t xml:space=\"preserve\">"); break;
                default:
                    if (c >= ' ' && c is not '\uFFFE' and not '\uFFFF') output.Append(c);
                    break;
            }
        }
        output.Append("</").Append(w).Append(":t>");
    }
}
