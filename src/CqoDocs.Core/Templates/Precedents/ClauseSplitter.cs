using System.Text.RegularExpressions;

namespace CqoDocs.Core.Templates.Precedents;

/// <summary>
/// Cuts an article into its enumerated items — （一）（二）…, 一、二、…, 1. 2. …, （1）（2）…, ①② … —
/// without their numbering. The first numbering style met sets the level: deeper items stay inside
/// their parent, a paragraph without a number continues the item before it, and the lead-in before
/// the first item (首席质量官工作职责：) is returned apart. An article without numbered items lists
/// its clauses between semicolons (具有…；熟悉…；经过…), so it is cut at semicolons and full stops.
/// </summary>
internal static class ClauseSplitter
{
    private const string Cn = "一二三四五六七八九十";

    private static readonly (string Name, Regex Pattern)[] Styles =
    [
        ("（一）", new Regex($@"^[（(]\s*[{Cn}]+\s*[）)]\s*", RegexOptions.Compiled)),
        ("一、", new Regex($@"^[{Cn}]+、\s*", RegexOptions.Compiled)),
        ("（1）", new Regex(@"^[（(]\s*\d{1,2}\s*[）)]\s*", RegexOptions.Compiled)),
        ("1.", new Regex(@"^\d{1,2}\s*[.．、](?!\d)\s*", RegexOptions.Compiled)),
        ("①", new Regex(@"^[①-⑳]\s*", RegexOptions.Compiled)),
    ];

    private static readonly Regex InlineStart = new($@"(?<=[；;。：:])\s*(?=[（(]\s*(?:[{Cn}]+|\d{{1,2}})\s*[）)]|[①-⑳])", RegexOptions.Compiled);
    private static readonly Regex ClauseEnd = new(@"(?<=[。！？!?；;])", RegexOptions.Compiled);

    public sealed record Split(string Intro, IReadOnlyList<string> Items);

    public static Split Items(string text)
    {
        var paragraphs = text.Split('\n')
            .SelectMany(p => InlineStart.Split(p))
            .Select(p => p.Trim())
            .Where(p => p.Length > 0)
            .ToList();
        var style = paragraphs.Select(p => Styles.FirstOrDefault(s => s.Pattern.IsMatch(p)).Pattern).FirstOrDefault(s => s is not null);
        if (style is null)
        {
            var clauses = paragraphs.SelectMany(p => ClauseEnd.Split(p)).Select(Clean).Where(s => s.Length > 0).ToList();
            return new Split("", clauses);
        }

        var intro = new List<string>();
        var items = new List<string>();
        foreach (var p in paragraphs)
        {
            var m = style.Match(p);
            if (m.Success) items.Add(p[m.Length..]);
            else if (items.Count == 0) intro.Add(p);
            else items[^1] += p;
        }
        return new Split(string.Concat(intro), items.Select(Clean).Where(i => i.Length > 0).ToList());
    }

    /// <summary>An item as a list entry: trimmed, without the separator that ended it in the article.</summary>
    public static string Clean(string item) => item.Trim().TrimEnd('；', ';', '，', ',', '、', '。', '.', ' ').Trim();
}
