using CqoDocs.Core.Model;

namespace CqoDocs.Search.Compare;

/// <summary>The comparison as plain text, one section per document, for reading in a terminal.</summary>
public static class ComparisonTextWriter
{
    public static void Write(Comparison comparison, TextWriter output)
    {
        output.WriteLine($"对照表：{comparison.TopicName}（{comparison.Topic}），{comparison.Columns.Count} 件文件");
        foreach (var column in comparison.Columns)
        {
            var d = column.Document;
            output.WriteLine();
            output.WriteLine($"【{column.RegionName}】{Citation.Of(d)}{(d.Date is { } date ? " " + date.ToString("yyyy-MM-dd") : "")}");
            foreach (var unit in column.Units)
            {
                output.WriteLine($"  {unit.Label}{(unit.Heading is null ? "" : " " + unit.Heading)}");
                foreach (var paragraph in unit.Text.Split('\n')) output.WriteLine($"    {paragraph}");
            }
        }
        if (comparison.Silent.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"未涉及该主题：{string.Join("；", comparison.Silent.Select(d => $"{Citation.Of(d)}（{d.Region}）"))}");
        }
    }
}
