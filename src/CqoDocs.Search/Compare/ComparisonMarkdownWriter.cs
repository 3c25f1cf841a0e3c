using System.Text;
using CqoDocs.Core.Model;

namespace CqoDocs.Search.Compare;

/// <summary>
/// The comparison as a Markdown table (the 对照表 shape): one column per document, headed by region, title
/// and number; one row holding each document's units, paragraphs separated by &lt;br&gt;.
/// </summary>
public static class ComparisonMarkdownWriter
{
    public static void Write(Comparison comparison, TextWriter output)
    {
        output.WriteLine($"## 对照表：{comparison.TopicName}");
        output.WriteLine();
        if (comparison.Columns.Count == 0)
        {
            output.WriteLine("（所选文件均未涉及该主题）");
            return;
        }
        output.WriteLine("| " + string.Join(" | ", comparison.Columns.Select(Header)) + " |");
        output.WriteLine("|" + string.Concat(comparison.Columns.Select(_ => " --- |")));
        output.WriteLine("| " + string.Join(" | ", comparison.Columns.Select(Body)) + " |");
        if (comparison.Silent.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"未涉及该主题：{Cell(string.Join("；", comparison.Silent.Select(d => $"{Citation.Of(d)}（{d.Region}）")))}");
        }
    }

    private static string Header(ComparisonColumn column)
    {
        var d = column.Document;
        var lines = new List<string> { column.RegionName, $"《{d.Title}》" };
        if (!string.IsNullOrEmpty(d.DocNumber)) lines.Add(d.DocNumber);
        return string.Join("<br>", lines.Select(Cell));
    }

    private static string Body(ComparisonColumn column)
    {
        var builder = new StringBuilder();
        foreach (var unit in column.Units)
        {
            if (builder.Length > 0) builder.Append("<br><br>");
            builder.Append("**").Append(Cell(unit.Label + (unit.Heading is null ? "" : " " + unit.Heading))).Append("**");
            foreach (var paragraph in unit.Text.Split('\n')) builder.Append("<br>").Append(Cell(paragraph));
        }
        return builder.ToString();
    }

    /// <summary>Text safe inside a table cell: no pipe, no line break, no stray HTML.</summary>
    private static string Cell(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace("*", "\\*", StringComparison.Ordinal)
        .ReplaceLineEndings(" ");
}
