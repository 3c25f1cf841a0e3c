using CqoDocs.Core.Model;
using CqoDocs.Core.Requirements.Validity;

namespace CqoDocs.Core.Requirements.Check;

/// <summary>The check for a terminal: per candidate and document, the verdict, each clause with its article, and what is missing.</summary>
public static class CheckTextWriter
{
    public static void Write(IReadOnlyList<CheckResult> results, TextWriter output)
    {
        foreach (var candidate in results.GroupBy(r => r.Candidate))
        {
            output.WriteLine($"候选人：{Describe(candidate.Key)}");
            foreach (var result in candidate)
            {
                var d = result.Rules.Document;
                output.WriteLine();
                output.WriteLine($"【{result.Verdict.ChineseName()}】{d.Region} {Citation.Of(d)} · {result.Rules.Validity.Status.ChineseName()}");
                foreach (var c in result.Clauses)
                {
                    var option = c.Alternative is { } a ? $"〔或·选项{a}〕" : "";
                    output.WriteLine($"  {Mark(c.Verdict)} {c.Requirement.Kind.ChineseName()}：{c.Requirement.Value}{option} — {c.Reason}（{c.Requirement.Source.UnitLabel}）");
                }
                foreach (var m in result.Missing) output.WriteLine($"  {m}");
                foreach (var c in result.ToVerify) output.WriteLine($"  另需核实：{c.Requirement.Kind.ChineseName()} {c.Requirement.Value}（{c.Requirement.Source.UnitLabel}）");
                if (result.EnterpriseDuties.Count > 0)
                {
                    output.WriteLine("  企业另需：" + string.Join("；", result.EnterpriseDuties.Select(r => $"{r.Kind.ChineseName()} {r.Value}（{r.Source.UnitLabel}）")));
                }
            }
            output.WriteLine();
            output.WriteLine("结论：" + string.Join("；", candidate.Select(r => $"{MatrixRegion(r)} {r.Verdict.ChineseName()}")));
        }
    }

    public static string Describe(CandidateProfile p)
    {
        var parts = new List<string>();
        if (p.Enterprise is not null) parts.Add(p.Enterprise);
        if (p.EnterpriseSize is { } size) parts.Add(size.Label());
        return p.Display + (parts.Count > 0 ? $"（{string.Join("，", parts)}）" : "");
    }

    private static string MatrixRegion(CheckResult r) => Matrix.MatrixHeader.Region(r.Rules.Document);

    private static string Mark(Verdict v) => v switch
    {
        Verdict.Met => "✓ 符合",
        Verdict.NotMet => "✗ 不符合",
        _ => "? 无法判断",
    };
}
