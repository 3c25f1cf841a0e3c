using System.CommandLine;
using CqoDocs.Cli.Output;
using CqoDocs.Core.Corpus;
using CqoDocs.Core.Model;
using CqoDocs.Core.Requirements;
using CqoDocs.Core.Requirements.Validity;

namespace CqoDocs.Cli.Commands;

/// <summary>
/// cqodocs list: the documents of the corpus with region, kind, date, number, validity and unit count, and whether
/// each is the user's own (imported into the library) or bundled. Duplicates are listed once.
/// </summary>
internal static class ListCommand
{
    public static Command Create(CliContext context)
    {
        var corpus = CommonOptions.Corpus();
        var json = CommonOptions.Json();
        var inForce = CommonOptions.InForce();
        var asOf = CommonOptions.AsOf();
        var command = new Command("list", "列出语料库中的文件：地区、类型、日期、文号、效力、条目数") { inForce, asOf, corpus, json };
        command.SetAction(parse => context.Guard(() =>
        {
            var set = context.LoadCorpus(parse.GetValue(corpus));
            var validity = ValidityResolver.Resolve(set.Documents, RequirementSelection.Day(parse.GetValue(asOf)));
            var documents = parse.GetValue(inForce) ? set.Documents.Where(d => validity[d.Id].InForce).ToList() : set.Documents;
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Out, documents.Select(d => new
                {
                    d.Id,
                    d.Title,
                    Region = new RegionJson(d.Region.Province, d.Region.City, d.Region.District),
                    Kind = d.Kind.Key(),
                    Date = FrontMatter.Format(d.Date),
                    d.DocNumber,
                    Units = d.Units.Count,
                    User = set.IsInLibrary(d),
                    Validity = validity[d.Id].Status.Key(),
                }));
                return ExitCodes.Ok;
            }
            // Bundled corpus plus library: say which documents are the user's. A --corpus folder is all theirs.
            var withLibrary = context.CorpusFolder(parse.GetValue(corpus)) is null;
            List<OutputColumn> columns = [new("编号"), new("标题", Shrink: 2), new("地区", Shrink: 1), new("类型"), new("日期"), new("文号", Shrink: 1), new("效力", Shrink: 1), new("条目", AlignRight: true)];
            if (withLibrary) columns.Add(new("来源"));
            TableOutput.Write(context, columns,
                documents.Select(d =>
                {
                    string?[] row =
                    [
                        d.Id, d.Title, d.Region.IsKnown ? d.Region.ToString() : null, FilterNames.KindName(d.Kind),
                        FrontMatter.Format(d.Date), d.DocNumber, validity[d.Id].Status.ChineseName(), d.Units.Count.ToString(),
                    ];
                    return withLibrary ? [.. row, set.IsInLibrary(d) ? "我的文件库" : "内置"] : row;
                }),
                footer: documents.Count == set.Documents.Count ? $"共 {set.Documents.Count} 件（{set.Origin}）" : $"现行有效 {documents.Count} 件，共 {set.Documents.Count} 件（{set.Origin}）");
            // A note, not a row: piped output stays one document per line.
            foreach (var duplicate in set.Duplicates)
            {
                context.Error.WriteLine($"cqodocs: {duplicate.Dropped.Id} 与 {duplicate.Kept.Id} 是同一文件，只列出一次");
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
