using CqoDocs.Core.Model;
using CqoDocs.Core.Requirements.Validity;
using CqoDocs.Core.Word;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CqoDocs.Core.Requirements.Check;

/// <summary>
/// 首席质量官任职资格审查表 on portrait A4: per candidate and document, a table of the clauses (条件, 出处,
/// 申报情况, 结论), what is missing, and lines for the reviewer's opinion and signature.
/// </summary>
public static class CheckDocxWriter
{
    private static readonly int[] Widths = [1500, 3600, 2638, 1900];

    public static void Write(IReadOnlyList<CheckResult> results, string path)
    {
        var body = new Body();
        var first = true;
        foreach (var result in results)
        {
            if (!first) body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
            first = false;
            var d = result.Rules.Document;
            body.Append(WordTables.Paragraph("首席质量官任职资格审查表", bold: true, size: 36, centred: true));
            body.Append(WordTables.Paragraph($"候选人：{CheckTextWriter.Describe(result.Candidate)}"));
            body.Append(WordTables.Paragraph($"依据：{d.Region} {Citation.Of(d)}（{result.Rules.Validity.Status.ChineseName()}）"));
            var table = WordTables.Table(Widths);
            table.Append(WordTables.HeaderRow(new[] { "条件", "规定（出处）", "申报情况", "结论" }.Select((h, i) => WordTables.Cell(Widths[i], h, bold: true))));
            foreach (var c in result.Clauses)
            {
                var option = c.Alternative is { } a ? $"\n（或·选项{a}）" : "";
                var shade = c.Verdict switch { Verdict.NotMet => "F8CBAD", Verdict.CannotTell => "FFF2CC", _ => null };
                var row = new TableRow();
                row.Append(
                    WordTables.Cell(Widths[0], c.Requirement.Kind.ChineseName() + option),
                    WordTables.Cell(Widths[1], $"{c.Requirement.Value}\n{c.Citation}"),
                    WordTables.Cell(Widths[2], c.Reason),
                    WordTables.Cell(Widths[3], c.Verdict.ChineseName(), bold: true, shade: shade));
                table.Append(row);
            }
            body.Append(table);
            body.Append(WordTables.Paragraph($"审查结论：{result.Verdict.ChineseName()}", bold: true, size: 24));
            foreach (var m in result.Missing) body.Append(WordTables.Paragraph(m));
            foreach (var c in result.ToVerify) body.Append(WordTables.Paragraph($"另需核实：{c.Requirement.Kind.ChineseName()} {c.Requirement.Value}（{c.Citation}）"));
            body.Append(WordTables.Paragraph(""));
            body.Append(WordTables.Paragraph("审查意见：______________________________________________"));
            body.Append(WordTables.Paragraph("审查人（签字）：______________        日期：____年__月__日"));
        }
        WordTables.Save(path, body, landscape: false);
    }
}
