using System.Text.RegularExpressions;

namespace CqoDocs.Core.Templates;

internal enum TagKind
{
    /// <summary>{{路径}} or {{路径|格式}}: replaced by a value.</summary>
    Field,
    /// <summary>{{#列表}}: repeated for each item of a list, shown once for any other non-empty value.</summary>
    Section,
    /// <summary>{{^名称}}: shown only when the value is missing or empty.</summary>
    Inverted,
    /// <summary>{{#if 名称}}: shown when the value is present and not empty; does not enter the value.</summary>
    If,
    /// <summary>{{/名称}} or {{/if}}.</summary>
    Close,
    /// <summary>{{! 说明 }}: a note for the template's author, removed from the output.</summary>
    Comment,
    /// <summary>{{else}}: inside a block, what shows when the block does not (no value, an empty list, a false condition).</summary>
    Else,
}

/// <summary>One {{…}} tag as written in a template.</summary>
internal sealed record TemplateTag(TagKind Kind, string Path, string? Format, string Raw)
{
    private static readonly Regex TagPattern = new(@"\{\{([^{}]*)\}\}", RegexOptions.Compiled);
    private static readonly Regex PathPattern = new(@"^(\.|@?[^\s.|#^/!{}]+(\.[^\s.|#^/!{}]+)*)$", RegexOptions.Compiled);

    /// <summary>Where tags stand in a text, as (start, length) pairs.</summary>
    public static IEnumerable<(int Start, int Length)> Find(string text)
    {
        if (!text.Contains("{{", StringComparison.Ordinal)) yield break;
        foreach (Match m in TagPattern.Matches(text)) yield return (m.Index, m.Length);
    }

    public static bool IsTag(string text) => text.StartsWith("{{", StringComparison.Ordinal) && TagPattern.Match(text) is { Success: true } m && m.Length == text.Length;

    public bool IsBlockTag => Kind is not TagKind.Field;

    /// <summary>Tags that open a block a {{/…}} closes.</summary>
    public bool OpensBlock => Kind is TagKind.Section or TagKind.Inverted or TagKind.If;

    /// <summary>The name a close tag must repeat: the path, or "if" for {{#if …}}.</summary>
    public string BlockName => Kind == TagKind.If ? "if" : Path;

    /// <summary>Parses "{{…}}"; a tag that cannot be understood is the template author's error.</summary>
    public static TemplateTag Parse(string raw, Func<string, CqoDocsException> error)
    {
        var inner = raw[2..^2].Trim();
        if (inner.Length == 0) throw error($"空标记“{raw}”：花括号里要写字段名");
        if (inner is "else" or "否则") return new TemplateTag(TagKind.Else, "", null, raw);
        var kind = TagKind.Field;
        switch (inner[0])
        {
            case '!':
                return new TemplateTag(TagKind.Comment, "", null, raw);
            case '#':
                inner = inner[1..].Trim();
                kind = TagKind.Section;
                if (StartsWithWord(inner, "if"))
                {
                    kind = TagKind.If;
                    inner = inner[2..].Trim();
                }
                else if (StartsWithWord(inner, "each") || StartsWithWord(inner, "unless") || StartsWithWord(inner, "with"))
                {
                    throw error($"不认识的块标记“{raw}”：列表写 {{{{#名称}}}}，条件写 {{{{#if 名称}}}}，反向条件写 {{{{^名称}}}}");
                }
                break;
            case '^':
                inner = inner[1..].Trim();
                kind = TagKind.Inverted;
                break;
            case '/':
                inner = inner[1..].Trim();
                kind = TagKind.Close;
                // {{/if 名称}} may repeat the condition for readability.
                if (StartsWithWord(inner, "if")) inner = "if";
                break;
        }

        string? format = null;
        var bar = inner.IndexOf('|');
        if (bar >= 0)
        {
            if (kind != TagKind.Field) throw error($"块标记“{raw}”不能带格式");
            format = inner[(bar + 1)..].Trim();
            inner = inner[..bar].Trim();
            if (!ValueFormatter.IsKnownFormat(format)) throw error($"标记“{raw}”的格式“{format}”不认识（可用：{ValueFormatter.KnownFormatsText}）");
        }
        if (kind == TagKind.Close && inner == "if") return new TemplateTag(kind, inner, null, raw);
        if (!PathPattern.IsMatch(inner)) throw error($"标记“{raw}”里的名称“{inner}”不合规：名称中不能有空格和 # ^ / ! | {{ }} 等符号");
        if (kind != TagKind.Close && inner.StartsWith('@') && !DataScope.IsLoopVariable(inner))
        {
            throw error($"标记“{raw}”：不认识“{inner}”（可用 @序号、@index、@first、@last）");
        }
        return new TemplateTag(kind, inner, format, raw);
    }

    private static bool StartsWithWord(string s, string word) =>
        s.StartsWith(word, StringComparison.Ordinal) && (s.Length == word.Length || char.IsWhiteSpace(s[word.Length]));
}
