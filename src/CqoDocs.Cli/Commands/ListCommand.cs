using System.CommandLine;
using CqoDocs.Cli.Output;
using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using Spectre.Console;

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
            var table = new Table().Border(TableBorder.Simple)
                .AddColumns("编号", "标题", "地区", "类型", "日期", "文号", "条目");
            foreach (var d in set.Documents)
            {
                table.AddRow(
                    Markup.Escape(d.Id), Markup.Escape(d.Title), Markup.Escape(d.Region.ToString()),
                    KindNames.Chinese(d.Kind), FrontMatter.Format(d.Date) ?? "—",
                    Markup.Escape(d.DocNumber ?? "—"), d.Units.Count.ToString());
            }
            var console = Terminal.For(context);
            console.Write(table);
            console.WriteLine($"共 {set.Documents.Count} 件（{set.Origin}）");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
