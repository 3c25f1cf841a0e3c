using System.CommandLine;

namespace CqoDocs.Cli.Help;

/// <summary>One or two command lines per command, shown under 示例 and in "缺少参数" errors (the first one).</summary>
internal static class HelpExamples
{
    private static readonly Dictionary<string, string[]> ByCommand = new()
    {
        [""] =
        [
            "cqodocs search 任职条件 --region 清远",
            "cqodocs list",
            "cqodocs generate appointment --data 聘书.yaml --out 聘书.docx",
        ],
        ["import"] = ["cqodocs import 通知.html 办法.txt --out corpus", "cqodocs import 下载/ --dry-run --json"],
        ["list"] = ["cqodocs list", "cqodocs list --in-force", "cqodocs list | cut -f1,5 | sort -k2"],
        ["show"] = ["cqodocs show 清远-2016-measures/第六条", "cqodocs show 清远-2016-measures --json"],
        ["search"] = ["cqodocs search 任职条件 --region 清远 --limit 3", "cqodocs search 一票否决 --in-force", "cqodocs search 一票否决 --since 2016 --json"],
        ["compare"] = ["cqodocs compare 任职条件", "cqodocs compare 职责 --region 清远 --region 吉林 --out 对照表.docx"],
        ["requirements"] = ["cqodocs requirements --matrix --kind 学历 --kind 聘期", "cqodocs requirements --region 清远 --format json"],
        ["check"] = ["cqodocs check 候选人.yaml --region 清远", "cqodocs check 候选人.yaml --in-force --out 审查表.docx"],
        ["index"] = ["cqodocs index", "cqodocs index --rebuild --corpus corpus"],
        ["segment"] = ["cqodocs segment 首席质量官负责企业质量管理体系的建立 --domain", "cqodocs segment --input 通知.txt --mode search --format jsonl"],
        ["templates"] = ["cqodocs templates", "cqodocs templates appointment --json"],
        ["generate"] =
        [
            "cqodocs generate job-description --data 岗位.yaml --out 岗位说明书.docx --from 清远",
            "cqodocs generate appointment --data 名单.yaml --out 聘书/ --name-by 受聘人.姓名",
        ],
        ["serve"] = ["cqodocs serve", "cqodocs serve --port 8080 --corpus corpus"],
    };

    public static IReadOnlyList<string> For(Command command) =>
        ByCommand.TryGetValue(command is RootCommand ? "" : command.Name, out var examples) ? examples : [];
}
