using System.CommandLine;
using System.CommandLine.Parsing;
using CqoDocs.Cli.Help;

namespace CqoDocs.Cli.Parsing;

/// <summary>
/// Turns what System.CommandLine found wrong with a command line into one Chinese sentence that names the
/// fix. Also catches what the parser lets through: a word that looks like an option but matches none is
/// taken by an argument (search's QUERY takes any number), so it is an error unless it comes after "--".
/// </summary>
internal static class UsageErrors
{
    public static string? First(ParseResult result)
    {
        if (OptionLikeArguments(result).FirstOrDefault() is { } token)
        {
            return UnknownOption(result.CommandResult.Command, token, takenAsText: true);
        }
        return result.Errors.Count > 0 ? Describe(result, result.Errors[0]) : null;
    }

    private static string Describe(ParseResult result, ParseError error)
    {
        var command = result.CommandResult.Command;
        switch (error.SymbolResult)
        {
            case OptionResult option:
                return BadOptionValue(option, error.Message);
            case ArgumentResult { Argument: var argument, Tokens.Count: 0 }:
                return $"缺少参数 {argument.Name}，如：{Example(command)}";
            case ArgumentResult { Argument: var argument } argumentResult:
                return $"参数 {argument.Name} 的值“{string.Join(" ", argumentResult.Tokens.Select(t => t.Value))}”无效：{error.Message}";
        }
        if (result.UnmatchedTokens.Count > 0)
        {
            var token = result.UnmatchedTokens[0];
            if (LooksLikeOption(token)) return UnknownOption(command, token, takenAsText: false);
            if (command.Subcommands.Count > 0 && command.Arguments.Count == 0) return UnknownCommand(command, token);
            return $"多余的参数“{token}”：{Usage(command)}";
        }
        if (command.Subcommands.Count > 0 && command.Action is null)
        {
            return $"缺少命令：可用 {string.Join("、", Visible(command.Subcommands))}（{ChineseHelp.Path(command)} --help 查看说明）";
        }
        return error.Message;
    }

    private static string BadOptionValue(OptionResult option, string libraryMessage)
    {
        var name = option.Option.Name;
        var hint = ValueHints.Describe(option.Option);
        if (option.Tokens.Count == 0) return $"{name} 缺少值：应为{hint}";
        if (option.Tokens.Count > option.Option.Arity.MaximumNumberOfValues && option.Option.Arity.MaximumNumberOfValues == 1)
            return $"{name} 只能指定一次";
        var given = option.Tokens[^1].Value;
        var allowed = ValueHints.AllowedValues(option.Option);
        if (allowed.Count > 0 && !allowed.Contains(given))
        {
            var meant = Suggestions.Closest(given, allowed);
            return meant is null ? $"{name} 应为{hint}，而不是“{given}”" : $"{name} 应为{hint}，而不是“{given}”；是否指 {meant}？";
        }
        // A validator a command added speaks for itself; a value the type could not take gets the hint.
        return IsConversionFailure(option) ? $"{name} 应为{hint}，而不是“{given}”" : libraryMessage;
    }

    /// <summary>Whether the parser refused the value for its type (a validator's own message is kept instead).</summary>
    private static bool IsConversionFailure(OptionResult option)
    {
        var type = option.Option.ValueType;
        if (type.IsArray) type = type.GetElementType()!;
        type = Nullable.GetUnderlyingType(type) ?? type;
        var value = option.Tokens[^1].Value;
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        return type == typeof(int) ? !int.TryParse(value, inv, out _)
            : type == typeof(long) ? !long.TryParse(value, inv, out _)
            : type == typeof(double) ? !double.TryParse(value, inv, out _)
            : type == typeof(decimal) ? !decimal.TryParse(value, inv, out _)
            : type == typeof(DateOnly) ? !DateOnly.TryParse(value, inv, out _)
            : type.IsEnum ? !Enum.TryParse(type, value, ignoreCase: true, out _)
            : false;
    }

    private static string UnknownOption(Command command, string token, bool takenAsText)
    {
        var name = token.Split('=', 2)[0];
        var meant = Suggestions.Closest(name, OptionNames(command));
        var path = ChineseHelp.Path(command);
        if (meant is not null) return $"未知选项 {name}；是否指 {meant}？";
        return takenAsText
            ? $"未知选项 {name}（{path} --help 列出全部选项；要查找以 - 开头的词，请写在 -- 之后：{path} -- {token}）"
            : $"未知选项 {name}（{path} --help 列出全部选项）";
    }

    private static string UnknownCommand(Command parent, string token)
    {
        var commands = Visible(parent.Subcommands).ToList();
        var meant = Suggestions.Closest(token, commands);
        var path = ChineseHelp.Path(parent);
        return meant is null
            ? $"未知命令“{token}”：可用 {string.Join("、", commands)}（{path} --help 查看说明）"
            : $"未知命令“{token}”；是否指 {path} {meant}？";
    }

    /// <summary>Words an argument took that look like options and came before "--".</summary>
    private static IEnumerable<string> OptionLikeArguments(ParseResult result)
    {
        var tokens = result.Tokens;
        var doubleDash = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Type == TokenType.DoubleDash)
            {
                doubleDash = i;
                break;
            }
        }
        foreach (var argumentResult in result.CommandResult.Children.OfType<ArgumentResult>())
        {
            foreach (var token in argumentResult.Tokens)
            {
                if (!LooksLikeOption(token.Value)) continue;
                var at = IndexOf(tokens, token);
                if (doubleDash < 0 || at < doubleDash) yield return token.Value;
            }
        }
    }

    private static int IndexOf(IReadOnlyList<Token> tokens, Token token)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (ReferenceEquals(tokens[i], token)) return i;
        }
        return -1;
    }

    /// <summary>"-x", "--name", "--name=value"; not "-" (standard input), not "-5", not "--".</summary>
    private static bool LooksLikeOption(string token) =>
        token.Length > 1 && token[0] == '-' && token != "--" && !char.IsDigit(token[1]) && !(token.Length > 2 && token[1] == '-' && !char.IsLetter(token[2]));

    private static IEnumerable<string> OptionNames(Command command)
    {
        var options = command.Options.Concat(command.Parents.OfType<Command>().SelectMany(p => p.Options.Where(o => o.Recursive)));
        return options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Visible(IEnumerable<Command> commands) => commands.Where(c => !c.Hidden).Select(c => c.Name);

    private static string Usage(Command command) => $"用法 {ChineseHelp.UsageLine(command)}";

    private static string Example(Command command) => HelpExamples.For(command).FirstOrDefault() ?? ChineseHelp.UsageLine(command);
}
