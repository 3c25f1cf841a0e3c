using System.CommandLine;
using CqoDocs.Cli.Output;
using CqoDocs.Core;
using CqoDocs.Core.Requirements;
using CqoDocs.Core.Requirements.Check;

namespace CqoDocs.Cli.Commands;

/// <summary>
/// cqodocs check PROFILE: a candidate's education, years, certificates and training checked against each
/// region's rules — 符合 / 不符合 / 无法判断, each clause with its article, and what is missing.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var profile = new Argument<string>("PROFILE") { Description = "候选人资料（.yaml 或 .json；一个人一组字段，或多人的列表）" };
        var regions = new Option<string[]>("--region") { Description = "只按这些地区的规定审查（可重复；默认全部）", HelpName = "R" };
        var json = CommonOptions.Json();
        var output = new Option<string?>("--out") { Description = "另存为 Word 任职资格审查表（.docx）", HelpName = "FILE.docx" };
        var inForce = CommonOptions.InForce("只按现行有效的文件审查");
        var asOf = CommonOptions.AsOf();
        var corpus = CommonOptions.Corpus();
        var command = new Command("check", "按各地规定审查候选人的任职资格：符合、不符合或无法判断，逐条给出出处和欠缺之处")
        {
            profile, regions, json, output, inForce, asOf, corpus,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            var day = RequirementSelection.Day(parse.GetValue(asOf));
            var profilePath = context.ResolvePath(parse.GetValue(profile)!);
            var candidates = ProfileReader.Load(profilePath);
            foreach (var field in candidates.SelectMany(c => c.UnusedFields).Distinct())
            {
                context.Error.WriteLine($"cqodocs: {profilePath}: {field}: 审查不用这个字段，已忽略");
            }
            var set = context.LoadCorpus(parse.GetValue(corpus));
            var documents = RequirementSelection.Select(set.Documents, parse.GetValue(regions) ?? [], parse.GetValue(inForce), day);
            if (documents.Count == 0)
            {
                context.Out.WriteLine("没有可用于审查的文件（--region、--in-force 之后一件也不剩）");
                return ExitCodes.Ok;
            }
            var results = candidates.SelectMany(c => documents.Select(d => EligibilityChecker.Check(c, d))).ToList();
            if (parse.GetValue(output) is { } file)
            {
                var path = context.ResolvePath(file);
                if (!path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
                {
                    throw new CqoDocsException("--out 应为 .docx 文件", path, field: "--out");
                }
                ReportOutputGuard.EnsureReplaceable(path);
                CheckDocxWriter.Write(results, path);
                context.Out.WriteLine($"已写入审查表：{path}（{candidates.Count} 名候选人，{documents.Count} 件文件）");
                return ExitCodes.Ok;
            }
            if (parse.GetValue(json)) JsonOutput.Write(context.Out, CheckReport.From(results, day));
            else CheckTextWriter.Write(results, context.Out);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
