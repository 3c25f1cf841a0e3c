using System.CommandLine;

namespace CqoDocs.Cli.Commands;

/// <summary>Options several commands share, so they read and are documented the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string?> Corpus() => new("--corpus")
    {
        Description = "语料库文件夹（默认：环境变量 CQODOCS_CORPUS，未设置时用内置语料库）",
        HelpName = "DIR",
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "以 JSON 输出，便于脚本处理",
    };
}
