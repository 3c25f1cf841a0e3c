using CqoDocs.Core.Import.Text;

namespace CqoDocs.Core.Import.Cleaning;

/// <summary>
/// Drops a site's banner lines above the text: slogans of parallel phrases ("以质取胜 质量强市",
/// "质量第一，诚信为本") and welcome lines ("欢迎访问某某网", "某某市市场监督管理局欢迎您"). They must go before
/// spaces between Chinese characters are removed, while their phrases still stand apart.
/// </summary>
internal sealed class SloganRemover : LineRemover
{
    protected override bool IsJunk(LineView line)
    {
        if (line.Place != LinePlace.Head || line.Folded.Length > 40) return false;
        var text = line.Folded.Trim();
        return TitleShape.IsSlogan(text) || text.StartsWith("欢迎", StringComparison.Ordinal) || text.EndsWith("欢迎您", StringComparison.Ordinal)
            || text.EndsWith("欢迎你", StringComparison.Ordinal);
    }
}
