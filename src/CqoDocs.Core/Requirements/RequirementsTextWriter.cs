using CqoDocs.Core.Model;
using CqoDocs.Core.Requirements.Validity;

namespace CqoDocs.Core.Requirements;

/// <summary>
/// Each document's requirements for reading and review: its status, then every value with its article, its
/// confidence and the exact words it was read from.
/// </summary>
public static class RequirementsTextWriter
{
    public static void Write(IReadOnlyList<DocumentRequirements> documents, TextWriter output)
    {
        foreach (var d in documents)
        {
            output.WriteLine($"{d.Document.Id}  {d.Document.Region} {Citation.Of(d.Document)}");
            var v = d.Validity;
            var source = v.Source is null ? "" : $"（{v.Source.UnitLabel}）";
            output.WriteLine($"  效力：{v.Status.ChineseName()} — {v.Reason}{source}");
            foreach (var r in v.Repeals) output.WriteLine($"  废止：《{r.Title}》{(r.Id is null ? "" : $"（{r.Id}）")}（{r.Source.UnitLabel}）");
            if (d.Requirements.Count == 0) output.WriteLine("  （未找到任职要求）");
            foreach (var r in d.Requirements)
            {
                var scope = r.Scope == EnterpriseSize.Any || r.Kind == RequirementKind.Establishment ? "" : $"【{r.Scope.Label()}】";
                var alternative = r.Group is { } g && d.Requirements.Any(o => o.Group == g && o.Option != r.Option) ? $" 〔第{g}组·选项{r.Option + 1}〕" : "";
                output.WriteLine($"  {r.Kind.ChineseName()}：{scope}{r.Value}{alternative}");
                output.WriteLine($"      {r.Source.UnitLabel} [{r.Source.Start}–{r.Source.End}] “{r.Source.Text}” 置信度 {r.Confidence:0.00}");
            }
            output.WriteLine();
        }
        output.WriteLine($"共 {documents.Count} 件文件，{documents.Sum(d => d.Requirements.Count)} 项要求");
    }
}
