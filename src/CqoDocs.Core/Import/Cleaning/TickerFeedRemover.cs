using System.Text.RegularExpressions;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>
/// Drops stock-ticker feeds pasted below news: "某某股份涨2.00%，成交额1.…  5月16日，…盘中上涨2.00%，截至09:35，
/// 报12.69元/股…". A line is a ticker item when it carries a price move (涨/跌 n%, 涨停, 跌停) together
/// with trading words (成交额, 换手率, 元/股, 开盘 …), or one of them and a truncation ("…", "...").
/// </summary>
internal sealed partial class TickerFeedRemover : LineRemover
{
    [GeneratedRegex(@"[涨跌]\s*\d+(?:\.\d+)?\s*%|[涨跌]停|[涨跌]幅\s*\d")]
    private static partial Regex PriceMove();

    [GeneratedRegex(@"成交额|成交量|成交\d|换手率|元/股|开盘|收盘|盘中|市值|主力|净流入|净流出|股价|报\d+(?:\.\d+)?元|截至\d{1,2}:\d{2}|ETF|板块|个股|大盘|指数基金|收涨|收跌|港股|A股|沪指|深成指|创业板")]
    private static partial Regex TradingWord();

    [GeneratedRegex(@"(?:\.{3,}|…+)\s*$")]
    private static partial Regex Truncated();

    protected override bool IsJunk(LineView line)
    {
        var text = line.Folded;
        if (text.Length > 400 || !PriceMove().IsMatch(text)) return false;
        var trading = TradingWord().Matches(text).Count;
        var truncated = Truncated().IsMatch(text) || text.Contains("...", StringComparison.Ordinal);
        return trading >= 2 || trading >= 1 && truncated;
    }
}
