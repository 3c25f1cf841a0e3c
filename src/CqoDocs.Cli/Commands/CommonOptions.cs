using System.CommandLine;

namespace CqoDocs.Cli.Commands;

/// <summary>
/// Options several commands share, so they read and are documented the same everywhere. A value's help
/// name says what it is and how a bad one is reported: YEAR (a year, 如 2016), N (a positive whole number),
/// FILE, DIR; see Parsing/ValueHints.
/// </summary>
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

    public static Option<bool> InForce(string description = "只看现行有效的文件") => new("--in-force")
    {
        Description = description,
    };

    public static Option<string?> AsOf() => new("--as-of")
    {
        Description = "按这一天判断效力（默认今天），如 2024-05-01",
        HelpName = "DATE",
    };

    /// <summary>Checks every option that names its value N (a count) or YEAR, wherever a command declares it.</summary>
    public static void AddValueChecks(Command root)
    {
        foreach (var option in AllOptions(root))
        {
            var type = Nullable.GetUnderlyingType(option.ValueType) ?? option.ValueType;
            if (type != typeof(int)) continue;
            if (option.HelpName == "N")
            {
                option.Validators.Add(result =>
                {
                    if (result.Tokens.Count > 0 && int.TryParse(result.Tokens[^1].Value, out var n) && n <= 0)
                        result.AddError($"{option.Name} 应为正整数，如 10，而不是“{n}”");
                });
            }
            else if (option.HelpName == "YEAR")
            {
                option.Validators.Add(result =>
                {
                    if (result.Tokens.Count > 0 && int.TryParse(result.Tokens[^1].Value, out var year) && year is < 1000 or > 9999)
                        result.AddError($"{option.Name} 应为四位年份，如 2016，而不是“{year}”");
                });
            }
        }
    }

    private static IEnumerable<Option> AllOptions(Command command) =>
        command.Options.Concat(command.Subcommands.SelectMany(AllOptions));
}
