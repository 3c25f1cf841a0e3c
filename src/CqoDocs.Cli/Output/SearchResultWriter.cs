using CqoDocs.Core.Corpus;
using CqoDocs.Core.Requirements.Validity;
using CqoDocs.Search.Query;
using Spectre.Console;

namespace CqoDocs.Cli.Output;

/// <summary>
/// A ranked list a drafter reads: the citation, region and date, then the snippet. Matched words are
/// highlighted on a terminal and put between 【】 when the output is redirected.
/// </summary>
internal static class SearchResultWriter
{
    public static void Write(CliContext context, SearchResult result)
    {
        if (result.Hits.Count == 0)
        {
            context.Out.WriteLine($"没有找到与“{result.Query}”相关的条目。");
            return;
        }
        var console = context.Interactive ? Terminal.For(context) : null;
        for (var i = 0; i < result.Hits.Count; i++)
        {
            var hit = result.Hits[i];
            var meta = string.Join(" · ", new[]
            {
                hit.Document.Region.IsKnown ? hit.Document.Region.ToString() : null,
                FrontMatter.Format(hit.Document.Date),
                hit.Validity?.Status.ChineseName(),
                $"命中 {hit.WordsMatched}/{result.Parsed.Words.Count} 个词",
            }.OfType<string>());
            if (console is null)
            {
                context.Out.WriteLine($"{i + 1}. {hit.Citation}{(hit.Heading.Parts.Count > 0 ? "  " + hit.Heading.Marked() : "")}");
                context.Out.WriteLine($"   {meta}");
                context.Out.WriteLine($"   {hit.Snippet.Marked()}");
                context.Out.WriteLine();
            }
            else
            {
                var heading = hit.Heading.Parts.Count > 0 ? "  " + Markup(hit.Heading) : "";
                console.MarkupLine($"[bold]{i + 1}. {Spectre.Console.Markup.Escape(hit.Citation)}[/]{heading}");
                console.MarkupLine($"   [grey]{Spectre.Console.Markup.Escape(meta)}[/]");
                console.MarkupLine($"   {Markup(hit.Snippet)}");
                console.WriteLine();
            }
        }
        var shown = result.Total is { } total && total > result.Hits.Count ? $"共 {total} 个条目匹配，显示前 {result.Hits.Count} 个" : $"共 {result.Hits.Count} 个条目";
        context.Out.WriteLine(shown);
    }

    private static string Markup(HighlightedText text) =>
        text.Marked(Spectre.Console.Markup.Escape, m => $"[black on yellow]{Spectre.Console.Markup.Escape(m)}[/]");
}
