using System.CommandLine;
using CqoDocs.Cli.Output;
using CqoDocs.Core;
using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using CqoDocs.Core.Requirements;
using CqoDocs.Core.Requirements.Validity;

namespace CqoDocs.Cli.Commands;

/// <summary>cqodocs show ID[/LABEL]: a whole document, or one unit, with the citation to paste.</summary>
internal static class ShowCommand
{
    public static Command Create(CliContext context)
    {
        var target = new Argument<string>("ID[/LABEL]") { Description = "文件编号，或 编号/条目标签（如 …/第五条、…/三(二)，简繁体均可）" };
        var corpus = CommonOptions.Corpus();
        var json = CommonOptions.Json();
        var asOf = CommonOptions.AsOf();
        var command = new Command("show", "显示一件文件或其中一个条目，并给出引用格式、效力及与其他文件的关系") { target, asOf, corpus, json };
        command.SetAction(parse => context.Guard(() =>
        {
            var set = context.LoadCorpus(parse.GetValue(corpus));
            var (document, unit) = Resolve(set, parse.GetValue(target)!);
            // A section (三) is shown with its items (三（一）, 三（二）…).
            var units = unit is null ? document.Units : UnitLabels.WithItems(document, unit);
            var validity = ValidityResolver.Resolve(set.Documents, RequirementSelection.Day(parse.GetValue(asOf)))[document.Id];
            if (parse.GetValue(json))
            {
                var full = DocumentJson.From(document) with { Validity = ValidityReport.From(validity) };
                JsonOutput.Write(context.Out, unit is null ? full : full with { Units = units.Select(UnitJson.From).ToList() });
                return ExitCodes.Ok;
            }
            var o = context.Out;
            o.WriteLine(Citation.Of(document, unit));
            o.WriteLine(Describe(document));
            o.WriteLine($"效力：{validity.Status.ChineseName()}（{validity.Reason}）");
            WriteRelations(o, validity);
            o.WriteLine();
            foreach (var u in units)
            {
                var heading = string.IsNullOrEmpty(u.Heading) ? u.Label : $"{u.Label} {u.Heading}";
                var topics = u.Topics.Count == 0 ? "" : "  [" + string.Join("、", u.Topics.Select(t => Topic.ChineseNames[t])) + "]";
                o.WriteLine($"{new string(' ', (u.Depth - 1) * 2)}{heading}{topics}");
                foreach (var paragraph in CorpusMarkdown.Paragraphs(u.Text))
                    o.WriteLine($"{new string(' ', (u.Depth - 1) * 2)}  {paragraph}");
                o.WriteLine();
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The documents this one rests on, repeals, or is replaced by; a named document the corpus holds shows its id.</summary>
    private static void WriteRelations(TextWriter o, DocumentValidity validity)
    {
        static string Named(DocumentReference r) =>
            $"《{r.Title}》{(r.DocNumber is null ? "" : $"（{r.DocNumber}）")}{(r.Id is null ? "" : $"〔本库：{r.Id}〕")}";
        if (validity.Implements.Count > 0) o.WriteLine($"依据：{string.Join("；", validity.Implements.Select(Named))}");
        if (validity.Repeals.Count > 0) o.WriteLine($"废止：{string.Join("；", validity.Repeals.Select(Named))}");
        if (validity.ReplacedBy.Count > 0) o.WriteLine($"被替代：见 {string.Join("、", validity.ReplacedBy)}");
    }

    private static (Document, Unit?) Resolve(CorpusSet set, string target)
    {
        var slash = target.IndexOf('/');
        var id = slash < 0 ? target : target[..slash];
        var label = slash < 0 ? null : target[(slash + 1)..];
        var document = set.Find(id) ?? set.Find(FilterNames.Simplified(id))
            ?? throw new CqoDocsException(
                $"没有编号为“{id}”的文件。{Nearest(id, set.Documents.Select(d => d.Id))}（用 cqodocs list 查看全部编号）", field: "ID");
        if (string.IsNullOrEmpty(label)) return (document, null);
        var unit = UnitLabels.Find(document, label)
            ?? throw new CqoDocsException(
                $"文件“{id}”中没有条目“{label}”（可用：{string.Join("、", document.Units.Select(u => u.Label))}）", field: "LABEL");
        return (document, unit);
    }

    private static string Nearest(string typed, IEnumerable<string> ids) =>
        NearestNames.To(typed, ids) is { Count: > 0 } nearest ? $"是否指：{string.Join("、", nearest)}？" : "";

    private static string Describe(Document d)
    {
        var parts = new List<string>();
        if (d.Authority is not null) parts.Add(d.Authority);
        if (d.DocNumber is not null) parts.Add(d.DocNumber);
        if (d.Date is not null) parts.Add(d.Date.Value.ToString("yyyy-MM-dd"));
        if (d.Region.IsKnown) parts.Add(d.Region.ToString());
        parts.Add(FilterNames.KindName(d.Kind));
        return string.Join(" · ", parts);
    }
}
