using Spectre.Console;

namespace CqoDocs.Cli.Output;

/// <summary>
/// A column of a <see cref="TableOutput"/>: its heading, and how readily long values are cut to fit: 0 never
/// (ids, dates, numbers), otherwise a weight; a column of weight 2 keeps twice the width of one of weight 1.
/// </summary>
internal sealed record OutputColumn(string Heading, int Shrink = 0, bool AlignRight = false)
{
    /// <summary>Narrowest a shrinking column gets, in terminal cells (three Chinese characters and "…").</summary>
    public const int MinWidth = 7;
}

/// <summary>
/// A table that fits where it goes. On a terminal: a Spectre.Console table as wide as the terminal at most;
/// when it would be wider, the columns marked to shrink (titles first) are cut with "…", so ids, dates
/// and numbers never wrap. Redirected: one line per row, fields separated by tabs, unpadded, without
/// heading or footer, so cut, sort and awk read it as they read any Unix tool's output.
/// </summary>
internal static class TableOutput
{
    private const int Gap = 2;
    private const string Missing = "—";

    public static void Write(CliContext context, IReadOnlyList<OutputColumn> columns, IEnumerable<IReadOnlyList<string?>> rows, string? footer = null)
    {
        var cells = rows.ToList();
        if (!context.Interactive)
        {
            foreach (var row in cells) context.Out.WriteLine(string.Join('\t', row.Select(Plain)));
            return;
        }
        var console = Terminal.For(context);
        var widths = Fit(columns, cells, console.Profile.Width);
        var table = new Table().Border(TableBorder.None).HideHeaders();
        table.AddColumns(columns.Select((c, i) => new Spectre.Console.TableColumn(c.Heading)
        {
            NoWrap = true,
            Width = widths[i],
            Padding = new Padding(0, 0, i == columns.Count - 1 ? 0 : Gap, 0),
            Alignment = c.AlignRight ? Justify.Right : Justify.Left,
        }).ToArray());
        table.AddRow(columns.Select(c => new Markup($"[bold]{Markup.Escape(c.Heading)}[/]")).ToArray());
        foreach (var row in cells)
        {
            table.AddRow(row.Select((value, i) => new Text(Cut(value ?? Missing, widths[i]))).ToArray());
        }
        console.Write(table);
        if (footer is not null) console.WriteLine(footer);
    }

    /// <summary>
    /// Each column's width: as wide as its widest value; while the row is too wide, a cell comes off the
    /// shrinking column widest for its weight.
    /// </summary>
    internal static int[] Fit(IReadOnlyList<OutputColumn> columns, IReadOnlyList<IReadOnlyList<string?>> rows, int available)
    {
        var widths = columns.Select((c, i) => rows.Select(r => (r[i] ?? Missing).GetCellWidth()).Append(c.Heading.GetCellWidth()).Max()).ToArray();
        var excess = widths.Sum() + Gap * (columns.Count - 1) - available;
        while (excess > 0)
        {
            var widest = -1;
            for (var i = 0; i < columns.Count; i++)
            {
                if (columns[i].Shrink > 0 && widths[i] > OutputColumn.MinWidth
                    && (widest < 0 || widths[i] * columns[widest].Shrink > widths[widest] * columns[i].Shrink)) widest = i;
            }
            if (widest < 0) break; // as narrow as it gets; the terminal folds what is left
            widths[widest]--;
            excess--;
        }
        return widths;
    }

    /// <summary>The text cut to a width in terminal cells, ending in "…" when something was cut.</summary>
    internal static string Cut(string text, int width)
    {
        if (text.GetCellWidth() <= width) return text;
        var used = 0;
        var end = 0;
        while (end < text.Length)
        {
            var step = char.IsSurrogatePair(text, end) ? 2 : 1;
            var cells = text.Substring(end, step).GetCellWidth();
            if (used + cells > width - 1) break;
            used += cells;
            end += step;
        }
        return text[..end] + "…";
    }

    /// <summary>A field for tab-separated output: empty when missing, no tabs or line breaks inside.</summary>
    private static string Plain(string? value) =>
        value is null ? "" : value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
