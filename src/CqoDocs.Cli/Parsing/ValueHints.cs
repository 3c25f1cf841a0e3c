using System.CommandLine;

namespace CqoDocs.Cli.Parsing;

/// <summary>
/// What an option's value should look like, in the words a user reads in an error: from its help name
/// (YEAR, N), else from its type. Options name their value with these help names (CommonOptions).
/// </summary>
internal static class ValueHints
{
    public static string Describe(Option option)
    {
        var allowed = AllowedValues(option);
        if (allowed.Count > 0) return $"以下之一：{string.Join("、", allowed)}";
        return option.HelpName switch
        {
            "YEAR" => "年份，如 2016",
            "N" => "正整数，如 10",
            "DATE" => "日期，如 2016-03-01",
            "FILE" or "FILE.docx" => "文件路径",
            "DIR" => "文件夹路径",
            _ => TypeHint(Nullable.GetUnderlyingType(option.ValueType) ?? option.ValueType, option.HelpName),
        };
    }

    /// <summary>The values an option accepts when it lists them (AcceptOnlyFromAmong), else none.</summary>
    public static IReadOnlyList<string> AllowedValues(Option option) =>
        option.ValueType == typeof(bool) ? [] : option.GetCompletions(System.CommandLine.Completions.CompletionContext.Empty).Select(c => c.Label).ToList();

    private static string TypeHint(Type type, string? helpName) =>
        type == typeof(int) || type == typeof(long) ? "整数，如 10"
        : type == typeof(double) || type == typeof(decimal) ? "数字，如 0.5"
        : type == typeof(DateOnly) ? "日期，如 2016-03-01"
        : helpName is null ? "一个值" : $"一个 {helpName}";
}
