using System.CommandLine;
using CqoDocs.Cli.Output;
using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;

namespace CqoDocs.Cli.Commands;

/// <summary>cqodocs list: the documents of the corpus with region, kind, date, number and unit count.</summary>
internal static class ListCommand
{
    public static Command Create(CliContext context)
    {
        var corpus = CommonOptions.Corpus();
        var json = CommonOptions.Json();
        var command = new Command("list", "列出语料库中的文件：地区、类型、日期、文号、条目数") { corpus, json };
        command.SetAction(parse => context.Guard(() =>
        {
            var set = context.LoadCorpus(parse.GetValue(corpus));
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Out, set.Documents.Select(d => new
                {
                    d.Id,
                    d.Title,
                    Region = new RegionJson(d.Region.Province, d.Region.City, d.Region.District),
                    Kind = d.Kind.Key(),
                    Date = FrontMatter.Format(d.Date),
                    d.DocNumber,
                    Units = d.Units.Count,
                }));
                return ExitCodes.Ok;
            }
            TableOutput.Write(context,
                [new("编号"), new("标题", Shrink: 2), new("地区", Shrink: 1), new("类型"), new("日期"), new("文号", Shrink: 1), new("条目", AlignRight: true)],
                set.Documents.Select(d => new[]
                {
                    d.Id, d.Title, d.Region.IsKnown ? d.Region.ToString() : null, KindNames.Chinese(d.Kind),
                    FrontMatter.Format(d.Date), d.DocNumber, d.Units.Count.ToString(),
                }),
                footer: $"共 {set.Documents.Count} 件（{set.Origin}）");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
