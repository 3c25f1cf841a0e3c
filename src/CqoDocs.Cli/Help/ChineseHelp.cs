using System.CommandLine;
using System.CommandLine.Invocation;
using Spectre.Console;

namespace CqoDocs.Cli.Help;

/// <summary>
/// The help page of a command, in Chinese throughout: what it does, 用法, 参数, 选项, 命令 and 示例.
/// Replaces System.CommandLine's page, whose headings and built-in texts are English.
/// </summary>
internal sealed class ChineseHelp(TextWriter output) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        Write(parseResult.CommandResult.Command, output);
        return ExitCodes.Ok;
    }

    public static void Write(Command command, TextWriter o)
    {
        o.WriteLine($"{Path(command)}：{command.Description}");
        o.WriteLine();
        o.WriteLine("用法：");
        o.WriteLine($"  {UsageLine(command)}");

        var arguments = command.Arguments.Where(a => !a.Hidden).Select(a => (ArgumentLabel(a), a.Description ?? "")).ToList();
        Section(o, "参数：", arguments);
        var commands = command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description ?? "")).ToList();
        Section(o, "命令：", commands);
        Section(o, "选项：", Options(command).Select(op => (OptionLabel(op), OptionDescription(op))).ToList());

        var examples = HelpExamples.For(command);
        if (examples.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("示例：");
            foreach (var example in examples) o.WriteLine($"  {example}");
        }
        if (commands.Count > 0)
        {
            o.WriteLine();
            o.WriteLine($"每个命令的说明：{Path(command)} 命令 --help");
        }
    }

    /// <summary>"cqodocs search": the words that lead to a command.</summary>
    public static string Path(Command command)
    {
        var names = new List<string>();
        for (Command? c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Insert(0, c is RootCommand ? "cqodocs" : c.Name);
        }
        return string.Join(' ', names);
    }

    /// <summary>"cqodocs search QUERY... [选项]".</summary>
    public static string UsageLine(Command command)
    {
        var parts = new List<string> { Path(command) };
        if (command.Subcommands.Any(c => !c.Hidden)) parts.Add(command.Action is null ? "命令" : "[命令]");
        parts.AddRange(command.Arguments.Where(a => !a.Hidden).Select(a => a.Arity.MinimumNumberOfValues == 0 ? $"[{ArgumentLabel(a)}]" : ArgumentLabel(a)));
        if (Options(command).Any()) parts.Add("[选项]");
        return string.Join(' ', parts);
    }

    private static IEnumerable<Option> Options(Command command) =>
        command.Options.Where(o => !o.Hidden)
            .Concat(command.Parents.OfType<Command>().SelectMany(p => p.Options.Where(o => o.Recursive && !o.Hidden)))
            .DistinctBy(o => o.Name);

    private static string ArgumentLabel(Argument argument) =>
        argument.Arity.MaximumNumberOfValues > 1 ? $"{argument.Name}..." : argument.Name;

    private static string OptionLabel(Option option)
    {
        var names = option.Aliases.Where(a => a.StartsWith('-') && a != "-?").OrderBy(a => a.Length).Append(option.Name).Distinct();
        var label = string.Join(", ", names.OrderBy(n => n.StartsWith("--", StringComparison.Ordinal)));
        if (option.ValueType == typeof(bool) || option.Arity.MaximumNumberOfValues == 0) return label;
        var allowed = Parsing.ValueHints.AllowedValues(option);
        var value = option.HelpName ?? (allowed.Count > 0 ? string.Join('|', allowed) : "值");
        return $"{label} {value}";
    }

    private static string OptionDescription(Option option)
    {
        var text = option.Description ?? "";
        if (option.ValueType.IsArray && !text.Contains("可重复", StringComparison.Ordinal)) text += "（可重复）";
        if (option.HasDefaultValue && option.ValueType != typeof(bool) && !text.Contains("默认", StringComparison.Ordinal)
            && option.GetDefaultValue() is { } value && value.ToString() is { Length: > 0 } shown)
        {
            text += $"（默认 {shown}）";
        }
        return text;
    }

    private static void Section(TextWriter o, string heading, IReadOnlyList<(string Label, string Text)> rows)
    {
        if (rows.Count == 0) return;
        o.WriteLine();
        o.WriteLine(heading);
        var width = rows.Max(r => r.Label.GetCellWidth());
        foreach (var (label, text) in rows)
        {
            o.WriteLine($"  {label}{new string(' ', width - label.GetCellWidth() + 2)}{text}".TrimEnd());
        }
    }
}
