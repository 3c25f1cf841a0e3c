using CqoDocs.Core.Model;
using CqoDocs.Core.Requirements.Validity;

namespace CqoDocs.Core.Requirements.Matrix;

/// <summary>How a column names its document in every format: region, title, number and status.</summary>
public static class MatrixHeader
{
    public static string Region(Document d) => d.Region.IsKnown ? d.Region.ToString() : "地区未知";

    public static string OneLine(DocumentRequirements column) =>
        $"{Region(column.Document)} {Citation.Of(column.Document)} · {column.Validity.Status.ChineseName()}";

    public static IReadOnlyList<string> Lines(DocumentRequirements column)
    {
        var d = column.Document;
        var lines = new List<string> { Region(d), $"《{d.Title}》" };
        if (!string.IsNullOrEmpty(d.DocNumber)) lines.Add(d.DocNumber);
        lines.Add(column.Validity.Status.ChineseName());
        return lines;
    }
}
