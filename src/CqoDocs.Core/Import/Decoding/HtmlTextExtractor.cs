using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Decoding;

/// <summary>
/// Extract (HTML only): reads the page with AngleSharp, keeps its own metadata (meta tags, the title, the
/// information table of 文号 / 发文机关 / 成文日期), drops what is not text (scripts, styles, forms) and the
/// page's furniture (navigation, site header and footer, sidebars, share bars), and writes the rest as
/// lines, one per block.
/// </summary>
internal sealed partial class HtmlTextExtractor : IImportStep
{
    private static readonly HashSet<string> NeverText =
    [
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "form",
        "button", "select", "input", "textarea", "map", "audio", "video", "head",
    ];

    private static readonly HashSet<string> Blocks =
    [
        "address", "article", "aside", "blockquote", "caption", "center", "dd", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
        "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "body",
    ];

    /// <summary>Words in class and id names that mark site furniture rather than the article.</summary>
    private static readonly string[] FurnitureWords =
    [
        "nav", "menu", "breadcrumb", "crumb", "footer", "sidebar", "share", "toolbar", "copyright", "related",
        "recommend", "login", "search", "position", "location", "friendlink", "links", "qrcode", "ewm", "print",
        "topbar", "banner", "advert",
    ];

    [GeneratedRegex(@"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")]
    private static partial Regex NameWords();

    [GeneratedRegex(@"\s*[_|｜\-–—]+\s*")]
    private static partial Regex TitleSeparators();

    public void Run(ImportDraft draft)
    {
        if (!draft.IsHtml) return;
        var document = new HtmlParser().ParseDocument(draft.Text);
        ReadMeta(draft.Page, document);
        foreach (var table in document.QuerySelectorAll("table, dl").ToList()) ReadInfoTable(draft.Page, table);
        ReadTitle(draft.Page, document);
        var body = document.Body ?? document.DocumentElement;
        foreach (var e in body.QuerySelectorAll("*").ToList())
        {
            if (e.Parent is null) continue; // removed with an ancestor
            if (NeverText.Contains(e.LocalName) || IsHidden(e)) e.Remove();
        }
        var total = ChineseText.CountHan(body.TextContent);
        foreach (var e in body.QuerySelectorAll("*").ToList())
        {
            if (e.Parent is null) continue;
            if (IsFurniture(e, draft.Page.Title) && ChineseText.CountHan(e.TextContent) * 2 < total) e.Remove();
        }
        var lines = new List<string>();
        var current = new StringBuilder();
        Emit(body, lines, current, pre: false);
        Flush(lines, current);
        draft.Lines = lines;
    }

    private static void ReadMeta(PageInfo page, IDocument document)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var name = (meta.GetAttribute("name") ?? meta.GetAttribute("property") ?? "").Trim().ToLowerInvariant();
            var content = meta.GetAttribute("content");
            if (content is null || !PageInfoLabels.MetaNames.TryGetValue(name, out var field)) continue;
            PageInfoRecorder.Offer(page, field, content);
        }
    }

    /// <summary>
    /// The page's own title (after the meta tags, which come first): a heading shaped like a document title,
    /// else a heading the &lt;title&gt; element repeats, else the longest part of &lt;title&gt; ("标题_网站名")
    /// that is not the site's name. A site's name in an h1 (某市人民政府门户网站) is never the title.
    /// </summary>
    private static void ReadTitle(PageInfo page, IDocument document)
    {
        var parts = TitleSeparators().Split(Collapse(document.Title ?? ""))
            .Where(p => ChineseText.CountHan(p) >= 6 && !IsSiteName(p)).ToList();
        var headings = document.QuerySelectorAll("h1, h2, h3, .title, .tit, .article-title, #title")
            .Select(h => Collapse(h.TextContent))
            .Where(t => ChineseText.CountHan(t) >= 6 && !ChineseText.IsProse(t, 60) && !IsSiteName(t) && t.Length <= 120)
            .ToList();
        var titled = headings.FirstOrDefault(t => TitleShape.LooksLikeTitle(ScriptTable.Default.ToSimplified(t)))
            ?? headings.FirstOrDefault(t => parts.Any(p => TitleKey.Same(p, t)))
            ?? parts.MaxBy(p => ChineseText.CountHan(p));
        if (titled is not null) PageInfoRecorder.Offer(page, PageField.Title, titled);
    }

    /// <summary>A site's name, or an office's (the site of 某市市场监督管理局 is titled with its name), or a welcome banner.</summary>
    private static bool IsSiteName(string text)
    {
        var folded = ScriptTable.Default.ToSimplified(text.Trim());
        return TitleShape.IsMasthead(folded) || folded.EndsWith("平台", StringComparison.Ordinal) && folded.Length <= 16
            || AuthorityShape.LooksLikeAuthorities(folded) || folded.StartsWith("欢迎", StringComparison.Ordinal) || folded.Contains("首页", StringComparison.Ordinal);
    }

    /// <summary>
    /// A table (or dl) whose cells pair known labels with values is the page's information table: its values
    /// go to <see cref="PageInfo"/> and the table itself is no part of the text.
    /// </summary>
    private static void ReadInfoTable(PageInfo page, IElement table)
    {
        if (table.Parent is null) return;
        var cells = table.LocalName == "dl"
            ? table.Children.Where(c => c.LocalName is "dt" or "dd").ToList()
            : table.QuerySelectorAll("td, th").Where(c => !c.QuerySelectorAll("table").Any()).Cast<IElement>().ToList();
        if (cells.Count == 0 || cells.Count > 80) return;
        var found = new List<(PageField Field, string Value)>();
        for (var i = 0; i < cells.Count; i++)
        {
            var text = Collapse(cells[i].TextContent);
            var (label, value) = SplitLabel(text);
            if (label is null || !PageInfoLabels.Fields.TryGetValue(label, out var field)) continue;
            if (value.Length == 0 && i + 1 < cells.Count)
            {
                var next = Collapse(cells[i + 1].TextContent);
                if (SplitLabel(next).Label is { } l && PageInfoLabels.Fields.ContainsKey(l)) continue;
                value = next;
                i++;
            }
            found.Add((field, value));
        }
        if (found.Count < 2) return;
        foreach (var (field, value) in found) PageInfoRecorder.Offer(page, field, value);
        table.Remove();
    }

    /// <summary>"发文字号：通政办发〔2010〕36号" → (发文字号, 通政办发〔2010〕36号); "成文日期" → (成文日期, "").</summary>
    private static (string? Label, string Value) SplitLabel(string text)
    {
        var colon = text.IndexOfAny(['：', ':']);
        var label = colon >= 0 ? text[..colon] : text;
        label = ScriptTable.Default.ToSimplified(label.Replace(" ", "").Replace("　", "").Trim('【', '[', ' '));
        if (label.Length is 0 or > 8) return (null, "");
        return (label, colon >= 0 ? text[(colon + 1)..].Trim() : "");
    }

    private static bool IsHidden(IElement e)
    {
        if (e.HasAttribute("hidden")) return true;
        var style = e.GetAttribute("style");
        return style is not null && Regex.IsMatch(style, @"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase);
    }

    /// <summary>Navigation, site header/footer, sidebars and share bars, by element name or by the words in class and id.</summary>
    private static bool IsFurniture(IElement e, string? pageTitle)
    {
        if (e.LocalName is "nav" or "aside") return true;
        if (e.LocalName is "header" or "footer") return e.Closest("article, main") is null && !HoldsArticleHead(e, pageTitle);
        var names = (e.GetAttribute("class") ?? "") + " " + (e.Id ?? "");
        if (string.IsNullOrWhiteSpace(names)) return false;
        foreach (Match word in NameWords().Matches(names))
        {
            var w = word.Value.ToLowerInvariant();
            if (w is "header" or "head" or "top" && e.Closest("article, main") is null && !HoldsArticleHead(e, pageTitle)) return true;
            foreach (var f in FurnitureWords)
            {
                if (w == f || w.StartsWith(f, StringComparison.Ordinal) && w.Length <= f.Length + 3) return true;
                if (f.Length >= 5 && w.Contains(f, StringComparison.Ordinal)) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// An article's own head (its title, its date line) is often wrapped in an element named "head" or
    /// "header": kept when it holds a heading, the page's title or a date.
    /// </summary>
    private static bool HoldsArticleHead(IElement e, string? pageTitle)
    {
        if (e.QuerySelector("h1, h2, .title") is not null) return true;
        var text = Collapse(e.TextContent);
        if (pageTitle is not null && TitleKey.Of(text).Contains(TitleKey.Of(pageTitle), StringComparison.Ordinal)) return true;
        return ChineseDate.FindAll(ScriptTable.Default.ToSimplified(text)).Any();
    }

    private static void Emit(INode node, List<string> lines, StringBuilder current, bool pre)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    Append(current, text.Data, pre);
                    break;
                case IElement element:
                    var name = element.LocalName;
                    if (name == "br")
                    {
                        Flush(lines, current);
                        continue;
                    }
                    if (name == "img")
                    {
                        continue;
                    }
                    if (name == "tr" && DataRow(element) is { } row)
                    {
                        Flush(lines, current);
                        lines.Add(row);
                        continue;
                    }
                    var block = Blocks.Contains(name);
                    if (block) Flush(lines, current);
                    Emit(element, lines, current, pre || name == "pre");
                    if (block) Flush(lines, current);
                    break;
            }
        }
    }

    /// <summary>
    /// A row of a data table (short cells, no blocks inside) reads as one line, cells apart: "1 │ 某某公司 │ 张三".
    /// Rows of a layout table (cells holding paragraphs) are not data rows: their cells become lines.
    /// </summary>
    private static string? DataRow(IElement row)
    {
        var cells = row.Children.Where(c => c.LocalName is "td" or "th").ToList();
        if (cells.Count < 2) return null;
        if (cells.Any(c => c.QuerySelector("p, div, table, br, ul, ol, h1, h2, h3, h4") is not null)) return null;
        var texts = cells.Select(c => Collapse(c.TextContent)).ToList();
        if (texts.Any(t => t.Length > 60)) return null;
        return string.Join(" │ ", texts.Where(t => t.Length > 0));
    }

    private static void Append(StringBuilder current, string data, bool pre)
    {
        if (pre)
        {
            current.Append(data);
            return;
        }
        foreach (var c in data)
        {
            // HTML collapses ordinary white space but keeps &nbsp; and the ideographic space.
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                if (current.Length > 0 && current[^1] != ' ') current.Append(' ');
            }
            else
            {
                current.Append(c);
            }
        }
    }

    private static void Flush(List<string> lines, StringBuilder current)
    {
        if (current.Length == 0) return;
        foreach (var line in current.ToString().Split('\n')) lines.Add(line);
        current.Clear();
    }

    private static string Collapse(string s) => Regex.Replace(s, @"\s+", " ").Trim();
}
